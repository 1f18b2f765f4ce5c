/**
 * Where a refused catalogue points: the API's check names a path (`entries[3].duration.amount must be …`,
 * `escalationLadder.levels[0].target is invalid`); the entry's index, when it is one, lets the screen name the entry.
 */
export interface CatalogueProblem {
  path: string | null;
  entryIndex: number | null;
  text: string;
}

export function catalogueProblem(text: string): CatalogueProblem {
  const path = /^((?:entries|escalationLadder)(?:\[\d+\]|\.\w+)*)/.exec(text)?.[1] ?? null;
  const index = path ? /^entries\[(\d+)\]/.exec(path)?.[1] : undefined;
  return { path, entryIndex: index === undefined ? null : Number(index), text };
}
