import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { ESCALATION_ACTION_ROLES } from '../../domain/access/escalation-action-roles';
import { EscalationAction } from '../../domain/access/escalation-action';
import { AcknowledgeEscalationDto } from './dto/acknowledge-escalation.dto';
import { EscalationDto } from './dto/escalation.dto';
import { ListEscalationsQueryDto } from './dto/list-escalations-query.dto';
import { EscalationsService } from './escalations.service';
import { AuditedAction } from '../audit/audited-action.decorator';

/** Whoever an escalation may reach reads the list; acknowledging admits the same roles, and `allowedActions` reads that table. */
const RECIPIENTS = ESCALATION_ACTION_ROLES[EscalationAction.ACKNOWLEDGE];

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @ApiOperation({ summary: 'Escalations the caller should see (overdue tasks raised to heads, the standing office, leadership)' })
  @Get()
  @Auth(...RECIPIENTS)
  @Paginated(EscalationDto, 'Addressed to you (every one for leadership), oldest first')
  list(@CurrentUser() user: AuthUser, @Query() query: ListEscalationsQueryDto): Promise<Page<EscalationDto>> {
    return this.escalations.list(user, query);
  }

  @ApiOperation({ summary: 'Acknowledge an escalation, with a note' })
  @Post(':id/acknowledge')
  @AuditedAction({ action: 'ESCALATION_ACKNOWLEDGED', subjectType: 'ESCALATION', subject: (p) => p.id })
  @HttpCode(200)
  @Auth(...ESCALATION_ACTION_ROLES[EscalationAction.ACKNOWLEDGE])
  @ApiOkResponse({ type: EscalationDto })
  acknowledge(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AcknowledgeEscalationDto,
  ): Promise<EscalationDto> {
    return this.escalations.acknowledge(user, id, body.note);
  }
}
