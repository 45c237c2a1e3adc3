/**
 * A small benchmark harness: every target is measured as a ratio against a
 * hand-written baseline in the same run, never as an absolute time.
 *
 * Each case runs `warmup` times untimed, then `runs` times timed; the median
 * run counts. Both the wall clock and the process's CPU time
 * (`process.cpuUsage`, user + system) are measured; the target is judged on
 * CPU time, which other processes sharing the machine's two cores disturb far
 * less than the wall clock. Both ratios are printed.
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
  /**
   * What the target is judged on: `"cpu"` (default: this process's CPU time)
   * or `"wall"` (needed when the work runs in child processes, whose CPU time
   * `process.cpuUsage` does not see).
   */
  readonly clock?: "cpu" | "wall";
}

export interface Result {
  readonly name: string;
  /** Median CPU time of the baseline (or the measured quantity for non-timing results). */
  readonly baselineMs: number;
  /** Median CPU time of the candidate. */
  readonly candidateMs: number;
  /** candidate / baseline, on CPU time: the figure judged against the target. */
  readonly ratio: number;
  /** candidate / baseline on the wall clock, for reference. */
  readonly wallRatio?: number;
  readonly target: number;
  readonly ok: boolean;
}

let sink: unknown;

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function time(fn: () => unknown): Timing {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  sink = fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
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
  const base: Timing[] = [];
  const cand: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(c.baseline.fn));
    cand.push(time(c.candidate.fn));
  }
  const clock = c.clock ?? "cpu";
  const baselineMs = median(base.map((t) => t[clock]));
  const candidateMs = median(cand.map((t) => t[clock]));
  const ratio = candidateMs / baselineMs;
  const wallRatio = median(cand.map((t) => t.wall)) / median(base.map((t) => t.wall));
  return { name: c.name, baselineMs, candidateMs, ratio, wallRatio, target: c.target, ok: ratio <= c.target };
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
