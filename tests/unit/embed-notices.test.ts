// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { noticesEl } from '../../src/embed/notices';
import { parseEmbedParams } from '../../src/embed/params';

describe('noticesEl', () => {
  test('a hostile value is shown as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { notices } = parseEmbedParams(`indicator=${encodeURIComponent(hostile)}&lang=fr`);
    const status = noticesEl(document, notices, 'en');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.querySelector('img')).toBeNull();
    expect(status?.textContent).toContain(`indicator=${hostile}`);
    expect(status?.textContent).toContain('lang=fr (unknown value)');
  });
  test('nothing when every parameter was used', () => {
    expect(noticesEl(document, [], 'zh')).toBeNull();
  });
});
