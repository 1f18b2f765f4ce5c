import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Role } from '../../domain/role';
import { AgenciesService } from './agencies.service';
import { AgencyAdminService } from './agency-admin.service';
import { AgencyDto } from './agency.dto';
import { CreateAgencyDto } from './dto/create-agency.dto';
import { UpdateAgencyDto } from './dto/update-agency.dto';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly admin: AgencyAdminService,
  ) {}

  @Get()
  @Auth()
  @ApiOperation({ summary: 'Every agency (codes, names, kinds), active or not, by code' })
  @ApiOkResponse({ type: [AgencyDto] })
  async list(): Promise<AgencyDto[]> {
    return (await this.agencies.list()).map(AgencyDto.from);
  }

  @Get(':code')
  @Auth()
  @ApiOperation({ summary: 'One agency by its code' })
  @ApiOkResponse({ type: AgencyDto })
  @ApiNotFoundResponse({ description: 'No such agency' })
  async get(@Param('code') code: string): Promise<AgencyDto> {
    return AgencyDto.from(await this.admin.get(code));
  }

  @Post()
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Add an agency (a reorganisation is a data change)' })
  @ApiCreatedResponse({ type: AgencyDto })
  @ApiConflictResponse({ description: 'The code exists' })
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateAgencyDto): Promise<AgencyDto> {
    return AgencyDto.from(await this.admin.create(user, body));
  }

  @Patch(':code')
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Rename an agency, change its kind, parent or border area' })
  @ApiOkResponse({ type: AgencyDto })
  async update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: UpdateAgencyDto): Promise<AgencyDto> {
    return AgencyDto.from(await this.admin.update(user, code, body));
  }

  @Post(':code/deactivate')
  @HttpCode(200)
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Deactivate an agency with no open tasks, active users or active sub-agencies' })
  @ApiOkResponse({ type: AgencyDto })
  @ApiConflictResponse({ description: 'It still has open tasks, active users or active sub-agencies' })
  async deactivate(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<AgencyDto> {
    return AgencyDto.from(await this.admin.setActive(user, code, false));
  }

  @Post(':code/reactivate')
  @HttpCode(200)
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Reactivate an agency' })
  @ApiOkResponse({ type: AgencyDto })
  async reactivate(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<AgencyDto> {
    return AgencyDto.from(await this.admin.setActive(user, code, true));
  }
}
