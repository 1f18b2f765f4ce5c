import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { Role } from '../../domain/role';
import { AcknowledgeEscalationDto } from './dto/acknowledge-escalation.dto';
import { EscalationDto } from './dto/escalation.dto';
import { ListEscalationsQueryDto } from './dto/list-escalations-query.dto';
import { EscalationsService } from './escalations.service';

const RECIPIENTS = [Role.AGENCY_HEAD, Role.COORDINATOR, Role.LEADERSHIP];

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @Auth(...RECIPIENTS)
  @Paginated(EscalationDto, 'Addressed to you (every one for leadership), oldest first')
  list(@CurrentUser() user: AuthUser, @Query() query: ListEscalationsQueryDto): Promise<Page<EscalationDto>> {
    return this.escalations.list(user, query);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Auth(...RECIPIENTS)
  @ApiOkResponse({ type: EscalationDto })
  acknowledge(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AcknowledgeEscalationDto,
  ): Promise<EscalationDto> {
    return this.escalations.acknowledge(user, id, body.note);
  }
}
