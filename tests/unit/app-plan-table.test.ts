// @vitest-environment jsdom
/**
 * The plan table on the real build's plan part: a caveat every figure of a row carries (table 1-1's
 * "current prices" note on base, target and actual) is said once, under the row's name, and not
 * again in its cells; a caveat only one cell carries stays in that cell.
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { NAV_KEY } from '../../src/components/app/navigation.svelte';
import PlanTable from '../../src/components/plan/PlanTable.svelte';
import { caveatsOf } from '../../src/lib/status';
import { sharedCaveats } from '../../src/lib/notes';
import { planRows, planTables } from '../../src/lib/plan';
import { realView } from '../fixtures/real-views';

const ds = realView('plan');
const tables = planTables(ds).flatMap((p) => p.tables);
const context = new Map([[NAV_KEY, { href: () => '#', go: () => {} }]]);

describe('sharedCaveats', () => {
  it.each([
    ['a b', 'b c', 'b'],
    ['a', 'a', 'a'],
    ['a', '', ''],
  ])('%j and %j → %j', (x, y, shared) => expect(sharedCaveats([{ caveats: x }, { caveats: y }, null])).toBe(shared));
  it('one figure alone shares nothing (its cell says its caveats)', () => expect(sharedCaveats([{ caveats: 'a' }, null])).toBe(''));
});

describe('PlanTable: caveats of a whole row said once', () => {
  const withShared = tables.flatMap((table) => planRows(ds, table).filter((r) => sharedCaveats([r.base, r.target, r.actual])).map((row) => ({ table, row })));

  it('the seeds have such rows', () => expect(withShared.length).toBeGreaterThan(0));

  it.each(['zh', 'en'] as const)('%s: under the row name once, in no cell of the row', (lang) => {
    const { table, row } = withShared[0]!;
    const { container } = render(PlanTable, { props: { dataset: ds, table, lang }, context });
    const shared = caveatsOf(sharedCaveats([row.base, row.target, row.actual]), ds.caveats).map((c) => c[lang]);
    const name = lang === 'zh' ? row.zh : row.en;
    const tr = [...container.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent?.includes(name))!;
    expect(tr).toBeTruthy();
    for (const words of shared) {
      expect(tr.querySelector('th .row-caveat')!.textContent).toContain(words);
      const inCells = [...tr.querySelectorAll('td .caveat-note')].filter((n) => n.textContent!.includes(words));
      expect(inCells).toEqual([]);
    }
  });
});
