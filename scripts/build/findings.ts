/**
 * Build findings: how the build reports what stopped it and what it merely noticed.
 * The shape matches `Finding` of scripts/extract/index.ts so extractor findings flow through unchanged.
 */
export interface BuildFinding {
  level: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
  /** Offset in the source of the figure a warning is about, when it is about one. */
  at?: number;
}

/** Thrown when the build must stop; carries every error found so far. */
export class BuildFailure extends Error {
  readonly findings: BuildFinding[];
  constructor(findings: BuildFinding[]) {
    super(findings.map(formatFinding).join('\n'));
    this.name = 'BuildFailure';
    this.findings = findings;
  }
}

export function error(file: string, line: number, message: string): BuildFinding {
  return { level: 'error', file, line, message };
}

export function warning(file: string, line: number, message: string): BuildFinding {
  return { level: 'warning', file, line, message };
}

/** `file:line: message` — the message itself says what to do after an em dash. */
export function formatFinding(f: BuildFinding): string {
  return `${f.file}:${f.line}: ${f.message}`;
}

/** 1-based line of a UTF-16 offset in a decoded text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
