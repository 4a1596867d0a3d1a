/**
 * Chart colours. On screen they are CSS custom properties (so light/dark follow the page); the
 * static mode writes literal light-theme colours so a serialised SVG stands alone.
 */
import { STATUS } from './status';
import type { Status } from './types';

export interface Palette {
  fg: string;
  muted: string;
  grid: string;
  bg: string;
  actual: string;
  target: string;
  targetFill: string;
  status: Record<Status, string>;
}

export const LIGHT: Palette = {
  fg: '#1d232b',
  muted: '#5a6270',
  grid: '#dde1e6',
  bg: '#ffffff',
  actual: '#1d232b',
  target: '#0072b2',
  targetFill: '#0072b233',
  status: Object.fromEntries(Object.entries(STATUS).map(([k, v]) => [k, v.color])) as Record<Status, string>,
};

/** The same roles as CSS variables (defined in src/styles/theme.css), with light fallbacks. */
export const CSS_VARS: Palette = {
  fg: `var(--fg, ${LIGHT.fg})`,
  muted: `var(--muted, ${LIGHT.muted})`,
  grid: `var(--grid, ${LIGHT.grid})`,
  bg: `var(--bg, ${LIGHT.bg})`,
  actual: `var(--c-actual, ${LIGHT.actual})`,
  target: `var(--c-target, ${LIGHT.target})`,
  targetFill: `var(--c-target-fill, ${LIGHT.targetFill})`,
  status: Object.fromEntries(
    Object.keys(STATUS).map((k) => [k, `var(--s-${k}, ${LIGHT.status[k as Status]})`]),
  ) as Record<Status, string>,
};
