import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Role } from '../../domain/role';
import { AgencyMembersService } from './agency-members.service';
import { AgencyMemberDto } from './dto/agency-member.dto';

@ApiTags('agencies')
@Controller('agencies')
export class AgencyMembersController {
  constructor(private readonly members: AgencyMembersService) {}

  @Get(':code/members')
  @Auth(Role.OFFICER, Role.AGENCY_HEAD, Role.COORDINATOR)
  @ApiOperation({ summary: 'The officers and heads of an agency, by name: its own staff and coordinators' })
  @ApiOkResponse({ type: [AgencyMemberDto] })
  async list(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<AgencyMemberDto[]> {
    return (await this.members.list(user, code)).map(AgencyMemberDto.from);
  }
}
