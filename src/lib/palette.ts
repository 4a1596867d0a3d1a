/**
 * The one palette: every colour of the app, the embed and the static chart, light and dark.
 * The CSS custom properties the pages use are generated from it (`themeCss`, served as
 * `virtual:theme.css` by the plugin in vite.config.ts); no stylesheet types a colour of its own.
 * The chart draws with CSS variables on screen (light/dark follow the page) and with the literal
 * light colours in static mode, so a serialised SVG stands alone.
 */
import type { Status } from './types';

/** A colour role: its light and its dark value (Okabe–Ito based, colour-blind safe). */
export type Shades = readonly [light: string, dark: string];

/**
 * Status colours are text colours on the page background: each has at least 4.5:1 contrast
 * (tests/unit/app-palette.test.ts). Shortfalls (within_tolerance, near, missed) are warm, never
 * the green of "met"; colour is only the third cue after the symbol and the word.
 */
export const STATUS_COLOURS: Record<Status, Shades> = {
  met: ['#007a5a', '#3fc79a'],
  within_tolerance: ['#8a5a2b', '#e0a872'],
  near: ['#9a6700', '#e6b23c'],
  missed: ['#c04000', '#ff8a50'],
  not_comparable: ['#6b4c8a', '#c3a6e0'],
  pending: ['#5a6270', '#a8b0bc'],
  not_assessable: ['#5a6270', '#a8b0bc'],
};

/** Every other role, by its CSS variable name (without the leading "--"). */
export const ROLES = {
  bg: ['#ffffff', '#14181d'],
  'bg-soft': ['#f4f6f8', '#1c2229'],
  'bg-raised': ['#ffffff', '#222932'],
  fg: ['#1d232b', '#e8ebef'],
  muted: ['#5a6270', '#a8b0bc'],
  border: ['#cfd5dc', '#3a434e'],
  grid: ['#dde1e6', '#2c333c'],
  link: ['#005a9e', '#7cc4ff'],
  focus: ['#c2410c', '#ffb36b'],
  'mark-bg': ['#ffe08a', '#6b5200'],
  'warn-bg': ['#fff4e5', '#2b2412'],
  'c-actual': ['#1d232b', '#e8ebef'],
  'c-target': ['#0072b2', '#56b4e9'],
  'c-target-fill': ['#0072b233', '#56b4e944'],
} as const satisfies Record<string, Shades>;

export type Role = keyof typeof ROLES;

/** The colour roles the chart draws with. */
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

const STATUS_IDS = Object.keys(STATUS_COLOURS) as Status[];

function chartPalette(pick: (p: Shades, role: string) => string): Palette {
  return {
    fg: pick(ROLES.fg, 'fg'),
    muted: pick(ROLES.muted, 'muted'),
    grid: pick(ROLES.grid, 'grid'),
    bg: pick(ROLES.bg, 'bg'),
    actual: pick(ROLES['c-actual'], 'c-actual'),
    target: pick(ROLES['c-target'], 'c-target'),
    targetFill: pick(ROLES['c-target-fill'], 'c-target-fill'),
    status: Object.fromEntries(STATUS_IDS.map((s) => [s, pick(STATUS_COLOURS[s], `s-${s}`)])) as Record<Status, string>,
  };
}

/** Literal light colours (static SVG and PNG exports). */
export const LIGHT: Palette = chartPalette(([light]) => light);

/** Literal dark colours. */
export const DARK: Palette = chartPalette(([, dark]) => dark);

/** The same roles as CSS variables, with the light colour as fallback. */
export const CSS_VARS: Palette = chartPalette(([light], role) => `var(--${role}, ${light})`);

/** Every CSS variable with its light and dark value. */
export function themeVariables(): [name: string, light: string, dark: string][] {
  return [
    ...Object.entries(ROLES).map(([role, [l, d]]): [string, string, string] => [`--${role}`, l, d]),
    ...STATUS_IDS.map((s): [string, string, string] => [`--s-${s}`, ...STATUS_COLOURS[s]]),
  ];
}

/**
 * The stylesheet of the colours: light by default, dark when the system prefers it, and
 * `data-theme="light|dark"` on <html> pins either (the embed's theme parameter). Also one
 * `.status-{id}` class per status.
 */
export function themeCss(): string {
  const vars = themeVariables();
  const block = (which: 1 | 2) => vars.map((v) => `  ${v[0]}: ${v[which]};`).join('\n');
  return [
    '/* Generated from src/lib/palette.ts by vite.config.ts: edit the palette there. */',
    `:root {\n  color-scheme: light dark;\n${block(1)}\n}`,
    `:root[data-theme='light'] {\n  color-scheme: light;\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {\n${block(2).replace(/^/gm, '  ')}\n  }\n}`,
    `:root[data-theme='dark'] {\n  color-scheme: dark;\n${block(2)}\n}`,
    ...STATUS_IDS.map((s) => `.status-${s} {\n  color: var(--s-${s});\n}`),
    '',
  ].join('\n');
}
