/** The indicator chart's model: every position, text and path the view draws (see chart-model.ts). */
import type { Anchor } from './chart-labels';
import type { Comparator, Observation, Status } from './types';

export type ChartMode = 'app' | 'embed' | 'static';

/** Colour role of a text or mark: resolved by the view to the palette (CSS variables or literal colours). */
export type Ink = 'fg' | 'muted' | 'actual' | 'target' | Status;

/**
 * Text drawn at (x, y), the first line's baseline, further lines 16 px apart: direct labels
 * (values, spans, status and gap), and the header and footer lines (one line each).
 */
export interface LabelGeom {
  x: number;
  y: number;
  anchor: Anchor;
  size: number;
  lines: { text: string; ink: Ink; weight: 400 | 600 | 700 }[];
}

/** How an actual is drawn: stated and final (filled), estimated (hollow), derived (hollow, dotted ring). */
export type FigureStyle = 'stated' | 'estimated' | 'derived';

interface MarkGeom {
  id: string;
  obs: Observation;
  /** Accessible name and tooltip headline. */
  label: string;
  /** Tooltip notes: where a derived value comes from, caveats. */
  notes: string[];
  /** Where the tooltip points. */
  x: number;
  y: number;
}

export interface PointGeom extends MarkGeom {
  type: 'point';
  year: number;
  style: FigureStyle;
}

/** A target's or a span's shape (lib/markers), with its hit area x0–x1. */
interface ShapeGeom extends MarkGeom {
  x0: number;
  x1: number;
  comparator: Comparator;
  d: string;
  style: FigureStyle;
  status: Status | null;
  /** Qualitative wording drawn next to the diamond ('' when there is no room). */
  text: string;
}

export interface TargetGeom extends ShapeGeom {
  type: 'target';
}

/** A figure stated over several years, drawn across them. */
export interface SpanGeom extends ShapeGeom {
  type: 'span';
  kind: 'actual' | 'target';
}

/** The distance between a target and its actual: a thin line in the status's colour. */
export interface GapGeom {
  x: number;
  y1: number;
  y2: number;
  status: Status;
}

export type LegendKey = 'actual' | 'estimated' | 'derived' | 'skips' | 'span' | Comparator | `status:${Status}`;

/** A legend entry's sample of the mark it explains: a path (and for actuals a dot on it). */
export interface LegendSample {
  d: string;
  ink: 'actual' | 'target';
  width: number;
  dash?: string;
  /** Filled with the target fill (bands, ranges, diamonds). */
  filled: boolean;
  dot?: FigureStyle;
}

export interface LegendItem {
  key: LegendKey;
  label: string;
  x: number;
  y: number;
  ink: Ink;
  /** Drawn before the text; null for statuses (words in their colour only). */
  sample: LegendSample | null;
}

export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Static mode: title, takeaway and what is measured, at the top. */
  header: LabelGeom[];
  /** Caveat notes (every mode) and, in static mode, the credit line at the bottom. */
  footer: LabelGeom[];
  /** SVG <title>: the chart's name and what is measured. */
  title: string;
  /** The one-line takeaway (in static mode also in `header`). */
  takeaway: string;
  /** Text alternative. */
  desc: string;
  /** App and embed: the y-axis title above the plot (static mode says it in the header). */
  yTitle: { text: string; x: number; y: number } | null;
  xTicks: { x: number; label: string }[];
  xTickY: number;
  yTicks: { y: number; label: string }[];
  /** y of the zero line when zero is inside the domain and not the bottom edge, else null. */
  zeroY: number | null;
  /** Axis breaks (x), where empty years were cut. */
  breaks: number[];
  /** Actual line pieces; `skips`: years without figures in between (drawn dotted). */
  segments: { d: string; style: FigureStyle; skips: boolean }[];
  points: PointGeom[];
  targets: TargetGeom[];
  spans: SpanGeom[];
  gaps: GapGeom[];
  labels: LabelGeom[];
  qualitativeY: number;
  legend: LegendItem[];
  empty: boolean;
}
