/** A colour role of the chart model (lib/chart-types Ink) in a palette. */
import type { Ink } from '../../lib/chart-types';
import type { Palette } from '../../lib/palette';

export function inkColor(colors: Palette, ink: Ink): string {
  return ink in colors.status ? colors.status[ink as keyof Palette['status']] : colors[ink as 'fg' | 'muted' | 'actual' | 'target'];
}
