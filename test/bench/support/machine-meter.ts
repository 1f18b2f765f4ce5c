import { loadavg } from 'node:os';
import { listenerOf, treeUsage } from './process-cpu';

export interface PhaseUsage {
  phase: string;
  wallSeconds: number;
  /** Machine load average (1 min) when the phase ended: other work on the same cores shows here. */
  loadAverage1m: number;
  /** Cores used during the phase by each process (CPU seconds / wall seconds). */
  cores: Record<string, number>;
}

/**
 * CPU per process during each phase of the bench: this process (the API, the project's worker, the raw worker and the
 * bench's own clients, which share it), the Temporal server and PostgreSQL (with its backends), found by their ports.
 */
export class MachineMeter {
  private readonly pids: Record<string, number | null>;
  private last: { at: number; cpu: Record<string, number> };
  readonly phases: PhaseUsage[] = [];
  readonly loadAtStart = loadavg();
  /** The 1-minute load every 15 s of the run: the engineers sharing the machine show here, beside the A/B ratios. */
  readonly loadSamples: { at: string; load1m: number }[] = [];
  private readonly sampler = setInterval(() => this.sampleLoad(), 15_000).unref();

  constructor(ports: { temporal: number; postgres: number }) {
    this.pids = {
      'bench process (API + worker + raw worker)': process.pid,
      'temporal server': listenerOf(ports.temporal),
      postgresql: listenerOf(ports.postgres),
    };
    this.last = { at: performance.now(), cpu: this.sample() };
    this.sampleLoad();
  }

  private sampleLoad(): void {
    this.loadSamples.push({ at: new Date().toISOString(), load1m: Math.round(loadavg()[0] * 100) / 100 });
  }

  /** Stops sampling; the load over the run: min, mean and max of the samples. */
  stop(): { samples: number; min: number; mean: number; max: number } {
    clearInterval(this.sampler);
    this.sampleLoad();
    const loads = this.loadSamples.map((s) => s.load1m);
    const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
    return { samples: loads.length, min: Math.min(...loads), mean: Math.round(mean * 100) / 100, max: Math.max(...loads) };
  }

  private sample(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.pids).map(([name, pid]) => [name, pid === null ? NaN : treeUsage(pid).cpuSeconds]));
  }

  /** Closes a phase: the cores each process used since the previous one ended. */
  phase(phase: string): PhaseUsage {
    const now = { at: performance.now(), cpu: this.sample() };
    const wallSeconds = (now.at - this.last.at) / 1000;
    const cores = Object.fromEntries(
      Object.entries(now.cpu).map(([name, cpu]) => [name, Math.round(((cpu - this.last.cpu[name]) / wallSeconds) * 100) / 100]),
    );
    this.last = now;
    const usage = { phase, wallSeconds: Math.round(wallSeconds * 10) / 10, loadAverage1m: Math.round(loadavg()[0] * 100) / 100, cores };
    this.phases.push(usage);
    return usage;
  }

  /** RSS of a named process tree now, in MiB. */
  rssMiB(name: string): number | null {
    const pid = this.pids[name];
    return pid === null || pid === undefined ? null : Math.round(treeUsage(pid).rssKiB / 1024);
  }

  get found(): Record<string, number | null> {
    return { ...this.pids };
  }
}
