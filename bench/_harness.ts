/**
 * A small benchmark harness: every target is measured as a ratio against a
 * hand-written baseline in the same run, never as an absolute time.
 *
 * Each case runs `warmup` times untimed, then `runs` times timed; the median
 * run counts. A bench file exports nothing: it calls {@link suite} and prints.
 */

export interface Case {
  /** What is measured. */
  readonly name: string;
  /** The work; its return value is kept so the engine cannot drop it. */
  readonly fn: () => unknown;
}

export interface Comparison {
  /** The name of the suite (one line of the report). */
  readonly name: string;
  /** The hand-written baseline. */
  readonly baseline: Case;
  /** The library's way of doing the same work. */
  readonly candidate: Case;
  /** The ratio candidate/baseline that must not be exceeded. */
  readonly target: number;
  /** Timed runs of each (default 5). */
  readonly runs?: number;
  /** Untimed runs of each before timing (default 2). */
  readonly warmup?: number;
}

export interface Result {
  readonly name: string;
  readonly baselineMs: number;
  readonly candidateMs: number;
  readonly ratio: number;
  readonly target: number;
  readonly ok: boolean;
}

let sink: unknown;

function time(fn: () => unknown): number {
  const start = performance.now();
  sink = fn();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs one comparison, interleaving baseline and candidate runs so drift hits both. */
export function compare(c: Comparison): Result {
  const runs = c.runs ?? 5;
  const warmup = c.warmup ?? 2;
  for (let i = 0; i < warmup; i++) {
    time(c.baseline.fn);
    time(c.candidate.fn);
  }
  const base: number[] = [];
  const cand: number[] = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(c.baseline.fn));
    cand.push(time(c.candidate.fn));
  }
  const baselineMs = median(base);
  const candidateMs = median(cand);
  const ratio = candidateMs / baselineMs;
  return { name: c.name, baselineMs, candidateMs, ratio, target: c.target, ok: ratio <= c.target };
}

/** Prints results as a table and returns whether every target was met. */
export function printResults(title: string, results: readonly Result[]): boolean {
  console.log(`\n${title}`);
  for (const r of results) {
    console.log(
      `  ${r.ok ? "ok  " : "SLOW"} ${r.name.padEnd(58)} ratio ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×)  ` +
        `[${r.candidateMs.toFixed(0)} ms vs baseline ${r.baselineMs.toFixed(0)} ms]`,
    );
  }
  return results.every((r) => r.ok);
}

/** Keeps the last result alive (read it so the engine cannot prove it unused). */
export function keep(): unknown {
  return sink;
}
