import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Role } from '../../domain/role';
import { ListRoleGrantsQueryDto } from './dto/list-role-grants-query.dto';
import { RoleGrantDto } from './dto/role-grant.dto';
import { RoleGrantsService } from './role-grants.service';

/** Grants of COORDINATOR, ADMIN or AUDITOR wait here for a second administrator (asked through POST/PATCH /users). */
@ApiTags('users')
@Controller('role-grants')
export class RoleGrantsController {
  constructor(private readonly grants: RoleGrantsService) {}

  @Get()
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Role grants, newest first (at most 200); ?status=PENDING for those waiting' })
  @ApiOkResponse({ type: RoleGrantDto, isArray: true })
  async list(@Query() query: ListRoleGrantsQueryDto): Promise<RoleGrantDto[]> {
    const grants = await this.grants.list(query.status);
    const usernames = await this.grants.usernamesOf(grants.flatMap((g) => [g.userId, g.requestedBy]));
    return grants.map((g) => RoleGrantDto.from(g, usernames));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Approve: the account gets the role on its next request. Not by the administrator who asked' })
  @ApiOkResponse({ type: RoleGrantDto })
  @ApiForbiddenResponse({ description: 'OWN_GRANT_APPROVAL: you asked for it; SELF_ROLE_CHANGE: it is for your own account' })
  @ApiConflictResponse({ description: 'Already approved or rejected' })
  async approve(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<RoleGrantDto> {
    return RoleGrantDto.from(await this.grants.approve(admin, id));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Reject (or withdraw) a pending grant' })
  @ApiOkResponse({ type: RoleGrantDto })
  @ApiConflictResponse({ description: 'Already approved or rejected' })
  async reject(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<RoleGrantDto> {
    return RoleGrantDto.from(await this.grants.reject(admin, id));
  }
}
