import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppException } from '../../common/app-exception';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { ErrorCode } from '../../domain/error-code';
import { TIP_READER_ROLES } from '../../domain/access/reader-roles';
import { Role } from '../../domain/role';
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
  list(@CurrentUser() user: AuthUser, @Query() query: ListTipsQueryDto): Promise<Page<TipListItemDto>> {
    return this.tipList.list(user, query);
  }

  @ApiOperation({ summary: 'Register a tip (tin báo) and start its verification' })
  @Post()
  @Auth(Role.COORDINATOR)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same tip: a retried request never registers twice' })
  @ApiCreatedResponse({ type: TipDto, description: 'Registered; its verification process has started' })
  @ApiOkResponse({ type: TipDto, description: 'Already registered with this external reference or Idempotency-Key' })
  @ApiServiceUnavailableResponse({ description: 'Saved, but the workflow engine is down; it starts when the engine returns' })
  async register(
    @CurrentUser() user: AuthUser,
    @Body() body: RegisterTipDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TipDto> {
    if (idempotencyKey !== undefined && (idempotencyKey.length < 8 || idempotencyKey.length > 200))
      throw new AppException(ErrorCode.VALIDATION_FAILED, 'Idempotency-Key must be 8 to 200 characters');
    const { tip, created } = await this.tips.register(user, body, idempotencyKey);
    res.status(created ? 201 : 200);
    return Object.assign(TipDto.from(tip), { tasksListable: await this.tips.firstTaskListed(tip) });
  }

  @ApiOperation({ summary: 'One tip and its status' })
  @Get(':reference')
  @Auth(...TIP_READER_ROLES)
  @ApiOkResponse({ type: TipDto })
  async get(@CurrentUser() user: AuthUser, @Param('reference') reference: string): Promise<TipDto> {
    return TipDto.from(await this.tips.get(user, reference));
  }

  @ApiOperation({ summary: 'The tipster’s sealed contact (audited)' })
  @Get(':reference/tipster')
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: TipsterContactDto, description: 'Audited read of the tipster’s identity' })
  tipster(@CurrentUser() user: AuthUser, @Param('reference') reference: string): Promise<TipsterContactDto | null> {
    return this.tips.tipsterContact(user, reference);
  }
}
