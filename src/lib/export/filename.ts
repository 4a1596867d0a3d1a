/** File names that say what they are: zhumadian-gdp-2022-2025.png. Pure. */
import type { Observation, Region } from '../types';
import { yearSpan } from './years';

export type ExportFormat = 'png' | 'svg' | 'csv';

/** Keep only characters safe in a file name on every system. */
function safe(part: string): string {
  return part.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'chart';
}

/** `{region}-{indicator}-{first year}-{last year}.{ext}`; one year once; no years when none. */
export function exportFileName(
  region: Region,
  indicatorId: string,
  observations: readonly Pick<Observation, 'period'>[],
  format: ExportFormat,
): string {
  const span = yearSpan(observations);
  const years = span === null ? '' : span[0] === span[1] ? `-${span[0]}` : `-${span[0]}-${span[1]}`;
  return `${safe(region)}-${safe(indicatorId)}${years}.${format}`;
}
