import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { CASE_READER_ROLES } from '../../domain/access/reader-roles';
import { PROCESS_ACTION_ROLES } from '../../domain/access/process-action-roles';
import { ProcessAction } from '../../domain/access/process-action';
import { ReasonDto } from '../tasks/dto/reason.dto';
import { AuditedAction } from '../audit/audited-action.decorator';
import { AuditedRead } from '../audit/audited-read.decorator';
import { ProcessDto } from './process.dto';
import { ProcessesService } from './processes.service';

@ApiTags('processes')
@Controller('processes')
export class ProcessesController {
  constructor(private readonly processes: ProcessesService) {}

  @ApiOperation({ summary: 'A process as its workflow shows it: tasks, escalations, timeline' })
  @Get(':processId')
  @Auth(...CASE_READER_ROLES)
  @ApiOkResponse({ type: ProcessDto, description: 'Steps, tasks, deadlines, escalations and who did what, when' })
  @AuditedRead({ action: 'PROCESS_READ', subjectType: 'PROCESS', subjects: (p: ProcessDto) => [p.processId] })
  get(@CurrentUser() user: AuthUser, @Param('processId') processId: string): Promise<ProcessDto> {
    return this.processes.get(user, processId);
  }

  @ApiOperation({ summary: 'Cancel a process, with a reason' })
  @Post(':processId/cancel')
  @AuditedAction({ action: 'PROCESS_CANCELLED', subjectType: 'PROCESS', subject: (p) => p.processId })
  @HttpCode(200)
  @Auth(...PROCESS_ACTION_ROLES[ProcessAction.CANCEL])
  @ApiOkResponse({ type: ProcessDto })
  cancel(@CurrentUser() user: AuthUser, @Param('processId') processId: string, @Body() body: ReasonDto): Promise<ProcessDto> {
    return this.processes.cancel(user, processId, body.reason);
  }
}
