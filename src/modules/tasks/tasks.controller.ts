import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { CASE_READER_ROLES } from '../../domain/access/reader-roles';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { TASK_ACTION_ROLES } from '../../domain/access/task-action-roles';
import { TaskAction } from '../../domain/access/task-action';
import { AssignTaskDto } from './dto/assign-task.dto';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { DecideExtensionDto } from './dto/decide-extension.dto';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { ReassignTaskDto } from './dto/reassign-task.dto';
import { ReasonDto } from './dto/reason.dto';
import { RequestExtensionDto } from './dto/request-extension.dto';
import { RestorationDecisionDto } from './dto/restoration-decision.dto';
import { SuspensionDecisionDto } from './dto/suspension-decision.dto';
import { TaskListItemDto } from './dto/task-list-item.dto';
import { TaskDto } from './dto/task.dto';
import { TaskListService } from './task-list.service';
import { TasksService } from './tasks.service';
import { TaskSummaryService } from './task-summary.service';
import { TaskSummaryDto } from './dto/task-summary.dto';
import { TaskSummaryQueryDto } from './dto/task-summary-query.dto';
import { AuditedAction } from '../audit/audited-action.decorator';
import { AuditedRead } from '../audit/audited-read.decorator';

/** Each write admits the roles its action needs: `allowedActions` reads the same table. */
const ROLES = TASK_ACTION_ROLES;
const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('tasks')
@ApiNotFoundResponse({ description: 'Unknown task' })
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly taskList: TaskListService,
    private readonly taskSummary: TaskSummaryService,
  ) {}

  @ApiOperation({ summary: 'Tasks the caller may see, filtered by status, agency, process or step' })
  @Get()
  @Auth(...CASE_READER_ROLES)
  @Paginated(TaskListItemDto, 'Open tasks, soonest deadline first: your agency’s, or every agency’s for coordinators and leadership')
  list(@CurrentUser() user: AuthUser, @Query() query: ListTasksQueryDto): Promise<Page<TaskListItemDto>> {
    return this.taskList.list(user, query);
  }

  @ApiOperation({
    summary: 'The tasks GET /tasks lists for the same filters, counted over all rows: open work by due state, process kind and agency',
  })
  @Get('summary')
  @Auth(...CASE_READER_ROLES)
  @ApiOkResponse({ type: TaskSummaryDto })
  summary(@CurrentUser() user: AuthUser, @Query() query: TaskSummaryQueryDto): Promise<TaskSummaryDto> {
    return this.taskSummary.summary(user, query);
  }

  @ApiOperation({ summary: 'One task, with its deadline, legal basis, extensions and outcome' })
  @Get(':id')
  @Auth(...CASE_READER_ROLES)
  @ApiOkResponse({ type: TaskListItemDto })
  // Its outcome is the victim's record when it has one; a task without one discloses nothing personal.
  @AuditedRead({ action: 'TASK_READ', subjectType: 'TASK', subjects: (t: TaskListItemDto) => (t.outcome ? [t.id, t.processId] : []) })
  get(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<TaskListItemDto> {
    return this.tasks.get(user, id);
  }

  @ApiOperation({ summary: 'Claim an open task of your agency' })
  @Post(':id/claim')
  @AuditedAction({ action: 'TASK_CLAIMED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.CLAIM])
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ description: 'Not open, or claimed by someone else' })
  claim(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<TaskDto> {
    return this.tasks.claim(user, id);
  }

  @ApiOperation({ summary: 'Give a claimed task back to the agency queue' })
  @Post(':id/unclaim')
  @AuditedAction({ action: 'TASK_UNCLAIMED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.UNCLAIM])
  @ApiOkResponse({ type: TaskDto })
  unclaim(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<TaskDto> {
    return this.tasks.unclaim(user, id);
  }

  @ApiOperation({ summary: 'Complete a task with its step’s outcome (schema in GET /steps)' })
  @Post(':id/complete')
  @AuditedAction({ action: 'TASK_COMPLETED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.COMPLETE])
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ description: 'The task is already completed or cancelled' })
  complete(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: CompleteTaskDto): Promise<TaskDto> {
    return this.tasks.complete(user, id, body.outcome);
  }

  @ApiOperation({ summary: 'Give a task of your agency to one of its officers, with a reason (agency heads)' })
  @Post(':id/assign')
  @AuditedAction({ action: 'TASK_ASSIGNED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.ASSIGN])
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ description: 'Not open, or already with that officer' })
  assign(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: AssignTaskDto): Promise<TaskDto> {
    return this.tasks.assign(user, id, body);
  }

  @ApiOperation({ summary: 'Reassign a task to another agency (coordinators)' })
  @Post(':id/reassign')
  @AuditedAction({ action: 'TASK_REASSIGNED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.REASSIGN])
  @ApiOkResponse({ type: TaskDto })
  reassign(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: ReassignTaskDto): Promise<TaskDto> {
    return this.tasks.reassign(user, id, body);
  }

  @ApiOperation({ summary: 'Cancel a task, with a reason' })
  @Post(':id/cancel')
  @AuditedAction({ action: 'TASK_CANCELLED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.CANCEL])
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ description: 'Already closed' })
  cancel(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: ReasonDto): Promise<TaskDto> {
    return this.tasks.cancel(user, id, body.reason);
  }

  @ApiOperation({ summary: 'Pause a task internally (tạm dừng nội bộ), with a reason: no legal effect' })
  @Post(':id/suspend')
  @AuditedAction({ action: 'TASK_PAUSED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.PAUSE])
  @ApiOkResponse({
    type: TaskDto,
    description: 'Recorded for reporting (e.g. waiting for an officer); a LAW due date keeps running, a POLICY one stands still',
  })
  suspend(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: ReasonDto): Promise<TaskDto> {
    return this.tasks.suspend(user, id, body.reason);
  }

  @ApiOperation({ summary: 'End an internal pause, with a reason' })
  @Post(':id/resume')
  @AuditedAction({ action: 'TASK_RESUMED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.RESUME])
  @ApiOkResponse({ type: TaskDto, description: 'A POLICY due date moves by the time it stood still; a LAW due date never moves' })
  resume(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: ReasonDto): Promise<TaskDto> {
    return this.tasks.resume(user, id, body.reason);
  }

  @ApiOperation({ summary: 'Decide a suspension (tạm đình chỉ, BLTTHS art. 148 or 229) on a listed ground (agency heads)' })
  @Post(':id/suspension')
  @AuditedAction({ action: 'TASK_SUSPENDED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.DECIDE_SUSPENSION])
  @ApiOkResponse({ type: TaskDto, description: 'The period ends suspended; a task to send the decision to the procuracy opens with its deadline' })
  @ApiConflictResponse({ description: 'SUSPENSION_NOT_ALLOWED: not a ground of the article, or the period has not run out (except 229(1)(b))' })
  decideSuspension(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: SuspensionDecisionDto): Promise<TaskDto> {
    return this.tasks.decideSuspension(user, id, body);
  }

  @ApiOperation({ summary: 'Decide a restoration (phục hồi, BLTTHS art. 149) of a suspended tip on its review task (agency heads)' })
  @Post(':id/restoration')
  @AuditedAction({ action: 'TASK_RESTORED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.DECIDE_RESTORATION])
  @ApiOkResponse({ type: TaskDto, description: 'The review closes and a new period of one month opens to resolve the tip' })
  @ApiConflictResponse({ description: 'SUSPENSION_NOT_ALLOWED: the task is not the review of a suspended tip' })
  decideRestoration(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: RestorationDecisionDto): Promise<TaskDto> {
    return this.tasks.decideRestoration(user, id, body);
  }

  @ApiOperation({ summary: 'Request an extension of a task’s deadline' })
  @Post(':id/extensions')
  @AuditedAction({ action: 'EXTENSION_REQUESTED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.REQUEST_EXTENSION])
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ description: 'Beyond the legal maximum, too many extensions, or too late to ask' })
  requestExtension(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() body: RequestExtensionDto): Promise<TaskDto> {
    return this.tasks.requestExtension(user, id, body);
  }

  @ApiOperation({ summary: 'Approve or reject an extension request' })
  @Post(':id/extensions/:extensionId/decision')
  @AuditedAction({ action: 'EXTENSION_DECIDED', subjectType: 'TASK', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ROLES[TaskAction.DECIDE_EXTENSION])
  @ApiOkResponse({ type: TaskDto })
  decideExtension(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Param('extensionId', uuid) extensionId: string,
    @Body() body: DecideExtensionDto,
  ): Promise<TaskDto> {
    return this.tasks.decideExtension(user, id, extensionId, body);
  }
}
