import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Page, Paginated } from '../../common/pagination';
import { Role } from '../../domain/role';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserWithTemporaryPasswordDto } from './dto/user-with-temporary-password.dto';
import { UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

/** Account administration: administrators only. Every change is in the audit log. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'List and search accounts (by username, agency, role, active), by username' })
  @Paginated(UserDto, 'Accounts, ordered by username')
  async list(@Query() query: ListUsersQueryDto): Promise<Page<UserDto>> {
    const page = await this.users.list(query);
    return { ...page, items: page.items.map((u) => UserDto.from(u)) };
  }

  @Get(':id')
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'One account' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ description: 'No such user' })
  async get(@Param('id') id: string): Promise<UserDto> {
    return UserDto.from(await this.users.get(id));
  }

  @Post()
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Create an account with a temporary password (shown once; to be changed at first login)' })
  @ApiCreatedResponse({ type: UserWithTemporaryPasswordDto })
  @ApiConflictResponse({ description: 'The username is taken' })
  async create(@CurrentUser() admin: AuthUser, @Body() body: CreateUserDto): Promise<UserWithTemporaryPasswordDto> {
    const { user, temporaryPassword, pendingRoles } = await this.users.create(admin, body);
    return { ...UserDto.from(user, pendingRoles), temporaryPassword };
  }

  @Patch(':id')
  @Auth(Role.ADMIN)
  @ApiOperation({
    summary:
      'Change display name, agency or roles; takes effect on the user’s next request. COORDINATOR, ADMIN or AUDITOR added are only asked for (pendingRoles): another administrator approves them (POST /role-grants/{id}/approve)',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'Would remove the last active administrator' })
  async update(@CurrentUser() admin: AuthUser, @Param('id') id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    const { user, pendingRoles } = await this.users.update(admin, id, body);
    return UserDto.from(user, pendingRoles);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Deactivate: the account cannot log in and its live sessions end at once' })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'Your own account, or the last active administrator' })
  async deactivate(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<UserDto> {
    return UserDto.from(await this.users.setActive(admin, id, false));
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Reactivate a deactivated account' })
  @ApiOkResponse({ type: UserDto })
  async reactivate(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<UserDto> {
    return UserDto.from(await this.users.setActive(admin, id, true));
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @Auth(Role.ADMIN)
  @ApiOperation({ summary: 'Reset the password: a temporary one, shown once; sessions end; the user must change it at next login' })
  @ApiOkResponse({ type: UserWithTemporaryPasswordDto })
  async resetPassword(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<UserWithTemporaryPasswordDto> {
    const { user, temporaryPassword } = await this.users.resetPassword(admin, id);
    return { ...UserDto.from(user), temporaryPassword };
  }
}
