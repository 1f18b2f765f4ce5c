import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { percentile } from './percentile';

/** One line of the summary: the project's figure, the raw engine's on the same server, their ratio and the target. */
export interface BenchRow {
  figure: string;
  unit: string;
  project: number | null;
  raw: number | null;
  /** project / raw (for rates: how much of the engine's rate the project keeps; for latencies: how many times slower). */
  ratio: number | null;
  target: string;
  met: boolean | null;
}

export const p = (ms: number[], q: number) => (ms.length ? Math.round(percentile(ms, q) * 10) / 10 : null);
export const ratioOf = (project: number | null, raw: number | null) =>
  project === null || raw === null || raw === 0 ? null : Math.round((project / raw) * 100) / 100;

/** Progress on the terminal as it happens (jest holds console output back until a test ends). */
export const progress = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const cell = (v: unknown, width: number) => String(v ?? '–').padEnd(width);

export function summaryTable(rows: BenchRow[]): string {
  const header = `${cell('figure', 70)}${cell('project', 11)}${cell('raw', 11)}${cell('ratio', 8)}${cell('target', 26)}met`;
  const lines = rows.map(
    (r) =>
      `${cell(r.figure + (r.unit ? ` (${r.unit})` : ''), 70)}${cell(r.project, 11)}${cell(r.raw, 11)}${cell(r.ratio, 8)}${cell(r.target, 26)}${
        r.met === null ? '–' : r.met ? 'yes' : 'NO'
      }`,
  );
  return [header, '-'.repeat(header.length + 3), ...lines].join('\n');
}

export function writeResults(path: string, results: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
