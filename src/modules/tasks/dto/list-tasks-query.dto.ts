import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDateString, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { TaskStatus } from '../../../domain/task-status';
import { DUE_STATES, type DueState } from '../../../domain/due-state/due-state';

/** The processes that have tasks (a case itself has none). */
const PROCESS_KINDS = ['TIP_VERIFICATION', 'RESCUE', 'RECEPTION', 'PROSECUTION'] as const;

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TaskStatus, description: 'One status; with it, `state` defaults to `all`' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;

  @ApiPropertyOptional({
    enum: ['open', 'closed', 'all'],
    description: 'open = OPEN or CLAIMED, closed = COMPLETED or CANCELLED. Default: open; all when `status`, `processId` or `caseReference` is given',
  })
  @IsOptional()
  @IsIn(['open', 'closed', 'all'])
  state?: 'open' | 'closed' | 'all';

  @ApiPropertyOptional({
    description: 'true: only open tasks past their deadline and not paused with the clock stopped (dueState OVERDUE); false: every task but those',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    description:
      'true: only open tasks in dueState AT_RISK (from the reminder point, 75 % of the time from creation to the deadline: "sắp đến hạn"); false: every task but those',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  atRisk?: boolean;

  @ApiPropertyOptional({
    enum: DUE_STATES,
    description: "Only open tasks in this due state (as each task's `dueState`): ON_TIME, AT_RISK, OVERDUE or PAUSED (internally paused)",
  })
  @IsOptional()
  @IsIn(DUE_STATES)
  dueState?: DueState;

  @ApiPropertyOptional({ description: 'true: only open tasks escalated at least once (escalationLevel > 0); false: every task but those' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  escalated?: boolean;

  @ApiPropertyOptional({ description: 'ISO date-time: tasks due before it' })
  @IsOptional()
  @IsDateString()
  dueBefore?: string;

  @ApiPropertyOptional({ description: 'Coordinators and leadership: one agency (default: every agency). Others: only their own' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyCode?: string;

  @ApiPropertyOptional({ description: 'true: only tasks assigned to me' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({
    description:
      'true: open tasks with an extension request waiting for a decision by your agency and role (another agency’s tasks included, shown without their outcome); soonest deadline first',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  extensionPending?: boolean;

  @ApiPropertyOptional({ description: 'Tasks of one process (its workflow ID)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  processId?: string;

  @ApiPropertyOptional({ description: 'Tasks of one case, e.g. CASE-20261128-4HT9QA' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  caseReference?: string;

  @ApiPropertyOptional({ enum: PROCESS_KINDS, description: 'Tasks of one kind of process (`processType`)' })
  @IsOptional()
  @IsIn(PROCESS_KINDS)
  processKind?: (typeof PROCESS_KINDS)[number];

  @ApiPropertyOptional({
    description:
      'Text to find (case-insensitive) in the step’s title, the case or tip reference, the person’s label and, where the caller may read the tip, its summary and place',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'true: only tasks with an extension request awaiting a decision; false: only those without' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  extensionRequested?: boolean;

  @ApiPropertyOptional({ description: 'One step type, e.g. TIP_VERIFY' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  stepType?: string;
}
