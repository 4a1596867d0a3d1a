import { describe, expect, it } from 'vitest';
import { byCode } from '../../src/lib/order';

describe('byCode: ids, dates and periods as written', () => {
  it.each([
    ['2023', '2024', -1],
    ['2023', '2023-2025', -1],
    ['2021-2025', '2023', -1],
    ['zmd-gwr-2024', 'zmd-gwr-2024', 0],
    ['yc-fyp14', 'zmd-gwr-2023', -1],
    ['a_b', 'a-b', 1], // "-" (0x2d) before "_" (0x5f), whatever the browser's language
    ['Z', 'a', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(byCode(a, b))).toBe(sign);
    expect(Math.sign(byCode(b, a))).toBe(-sign || 0);
  });
});
