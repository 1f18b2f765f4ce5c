import { dueState } from '../../components/due-state';

export interface OpenWorkRow {
  key: string;
  overdue: number;
  atRisk: number;
  onTime: number;
}

interface OpenTask {
  dueAt: string;
  startsAt: string;
  overdue: boolean;
}

/** Open tasks counted per group in the inbox's buckets (Quá hạn · Sắp đến hạn · Trong hạn), most overdue first. */
export function openWorkBy<T extends OpenTask>(tasks: T[], groupOf: (task: T) => string, now = Date.now()): OpenWorkRow[] {
  const rows = new Map<string, OpenWorkRow>();
  for (const task of tasks) {
    const key = groupOf(task);
    const row = rows.get(key) ?? { key, overdue: 0, atRisk: 0, onTime: 0 };
    row[dueState(task, now)] += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.atRisk - a.atRisk || a.key.localeCompare(b.key));
}
