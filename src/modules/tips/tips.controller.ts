import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { TIP_READER_ROLES } from '../../domain/access/reader-roles';
import { Role } from '../../domain/role';
import { AuditedAction } from '../audit/audited-action.decorator';
import { AuditedRead } from '../audit/audited-read.decorator';
import { RegisterTipDto } from './dto/register-tip.dto';
import { ListTipsQueryDto } from './dto/list-tips-query.dto';
import { TipDto } from './dto/tip.dto';
import { TipListItemDto } from './dto/tip-list-item.dto';
import { TipsterContactDto } from './dto/tipster-contact.dto';
import { TipListService } from './tip-list.service';
import { TipsService } from './tips.service';

@ApiTags('tips')
@Controller('tips')
export class TipsController {
  constructor(
    private readonly tips: TipsService,
    private readonly tipList: TipListService,
  ) {}

  @ApiOperation({ summary: 'Tips the caller may see, filtered by status, channel, urgency, receipt date or text' })
  @Get()
  @Auth(...TIP_READER_ROLES)
  @Paginated(TipListItemDto, 'Newest received first: every tip for coordinators, else those your agency verifies (never the tipster)')
  @AuditedRead({
    action: 'TIPS_LISTED',
    subjectType: 'TIP',
    list: true,
    subjects: (items: TipListItemDto[]) => items.map((t) => t.reference),
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListTipsQueryDto): Promise<Page<TipListItemDto>> {
    return this.tipList.list(user, query);
  }

  @ApiOperation({ summary: 'Register a tip (tin báo) and start its verification' })
  @Post()
  @AuditedAction({ action: 'TIP_REGISTERED', subjectType: 'TIP', subject: (_p, t: { reference?: string }) => t?.reference })
  @Auth(Role.COORDINATOR)
  @ApiCreatedResponse({ type: TipDto, description: 'Registered; its verification process has started' })
  @ApiOkResponse({ type: TipDto, description: 'Already registered with this external reference or Idempotency-Key' })
  @ApiServiceUnavailableResponse({ description: 'Saved, but the workflow engine is down; it starts when the engine returns' })
  async register(
    @CurrentUser() user: AuthUser,
    @Body() body: RegisterTipDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TipDto> {
    // The key's rule is IdempotencyInterceptor's, the same on every route; the same key also finds the same tip.
    const { tip, created } = await this.tips.register(user, body, idempotencyKey);
    res.status(created ? 201 : 200);
    return Object.assign(TipDto.from(tip), { tasksListable: await this.tips.firstTaskListed(tip) });
  }

  @ApiOperation({ summary: 'One tip and its status' })
  @Get(':reference')
  @Auth(...TIP_READER_ROLES)
  @ApiOkResponse({ type: TipListItemDto, description: 'The tip with the reference of its case (null while it has none); never the tipster' })
  @AuditedRead({ action: 'TIP_READ', subjectType: 'TIP', subjects: (tip: TipListItemDto) => [tip.reference] })
  async get(@CurrentUser() user: AuthUser, @Param('reference') reference: string): Promise<TipListItemDto> {
    const tip = await this.tips.get(user, reference);
    return TipListItemDto.fromRow(tip, await this.tips.caseReferenceOf(tip));
  }

  @ApiOperation({ summary: 'The tipster’s sealed contact (audited)' })
  @Get(':reference/tipster')
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: TipsterContactDto, description: 'Audited read of the tipster’s identity' })
  tipster(@CurrentUser() user: AuthUser, @Param('reference') reference: string): Promise<TipsterContactDto | null> {
    return this.tips.tipsterContact(user, reference);
  }
}
