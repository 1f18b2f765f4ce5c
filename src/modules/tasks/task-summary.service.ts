import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';
import type { DueState } from '../../domain/due-state/due-state';
import { DueStateCountsDto } from './dto/due-state-counts.dto';
import { OpenWorkRowDto } from './dto/open-work-row.dto';
import { TaskSummaryDto } from './dto/task-summary.dto';
import { TaskSummaryQueryDto } from './dto/task-summary-query.dto';
import { dueStateSql } from '../records/due-state-sql';
import { TaskListService } from './task-list.service';

const OPEN = `t.status IN ('OPEN', 'CLAIMED')`;
const FIELD: Record<DueState, 'onTime' | 'atRisk' | 'overdue' | 'paused'> = {
  ON_TIME: 'onTime',
  AT_RISK: 'atRisk',
  OVERDUE: 'overdue',
  PAUSED: 'paused',
};

interface Group {
  process: string;
  agency: string;
  due: DueState | null;
  n: number;
  escalated: number;
}

const empty = (): DueStateCountsDto => ({ open: 0, onTime: 0, atRisk: 0, overdue: 0, paused: 0, escalated: 0 });
const add = (counts: DueStateCountsDto, group: Group) => {
  if (!group.due) return;
  counts.open += group.n;
  counts[FIELD[group.due]] += group.n;
  counts.escalated += group.escalated;
};

/**
 * The dashboard's open work, counted by the database over every row `GET /tasks` would list for the same filters and
 * caller (one grouped query), with the due state the lists filter by: each number equals its list's X-Total-Count.
 */
@Injectable()
export class TaskSummaryService {
  constructor(private readonly list: TaskListService) {}

  async summary(user: AuthUser, q: TaskSummaryQueryDto): Promise<TaskSummaryDto> {
    const groups = (await (
      await this.list.filtered(user, q)
    )
      .select('t.process_type', 'process')
      .addSelect('t.agency_code', 'agency')
      .addSelect(`CASE WHEN ${OPEN} THEN ${dueStateSql.column} END`, 'due')
      .addSelect('count(*)::int', 'n')
      .addSelect(`(count(*) FILTER (WHERE ${OPEN} AND t.escalation_level > 0))::int`, 'escalated')
      .groupBy('1')
      .addGroupBy('2')
      .addGroupBy('3')
      .getRawMany()) as Group[];
    const all = empty();
    const byProcess = new Map<string, OpenWorkRowDto>();
    const byAgency = new Map<string, OpenWorkRowDto>();
    for (const group of groups) {
      add(all, group);
      if (!group.due) continue;
      for (const [rows, key] of [
        [byProcess, group.process],
        [byAgency, group.agency],
      ] as const) {
        const row = rows.get(key) ?? { key, ...empty() };
        add(row, group);
        rows.set(key, row);
      }
    }
    return {
      computedAt: new Date().toISOString(),
      total: groups.reduce((sum, group) => sum + group.n, 0),
      all,
      byProcess: sorted(byProcess),
      byAgency: sorted(byAgency),
    };
  }
}

/** Most overdue first, then most at risk, then by key: the order the dashboard's tables show. */
function sorted(rows: Map<string, OpenWorkRowDto>): OpenWorkRowDto[] {
  return [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.atRisk - a.atRisk || a.key.localeCompare(b.key));
}
