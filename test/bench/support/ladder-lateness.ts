/** An escalation row joined to its task's deadline. */
export interface FiredEscalation {
  task_id: string;
  level: number;
  fired_at: string | Date;
  due_at: string | Date;
}

export interface LadderLateness {
  /** By level (1…): each firing's lateness in ms against the instant the deadline gives it. */
  lateness: Record<number, number[]>;
  early: number;
  missing: number;
  duplicated: number;
}

/**
 * Each level measured from the deadline plus that level's delay (`ladderSeconds`), not from when the level before
 * it fired; `expected` firings (deadlines × levels) say how many are missing, and a task's level seen twice is a duplicate.
 */
export function ladderLateness(fired: readonly FiredEscalation[], ladderSeconds: readonly number[], expected: number): LadderLateness {
  const lateness: Record<number, number[]> = Object.fromEntries(ladderSeconds.map((_, i) => [i + 1, [] as number[]]));
  for (const e of fired) lateness[e.level].push(new Date(e.fired_at).getTime() - (new Date(e.due_at).getTime() + ladderSeconds[e.level - 1] * 1000));
  const distinct = new Set(fired.map((e) => `${e.task_id}:${e.level}`)).size;
  return {
    lateness,
    early: Object.values(lateness)
      .flat()
      .filter((ms) => ms < 0).length,
    missing: expected - distinct,
    duplicated: fired.length - distinct,
  };
}
