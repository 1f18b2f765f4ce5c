import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppException } from '../../common/app-exception';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { ErrorCode } from '../../domain/error-code';
import { permissionsOf } from '../../domain/permissions';
import { AgenciesService } from '../agencies/agencies.service';
import { UsersService } from '../users/users.service';
import { MeDto } from './dto/me.dto';
import { SetLanguageDto } from './dto/set-language.dto';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @Get()
  @Auth.evenBeforePasswordChange()
  @ApiOperation({ summary: 'Who I am: my account, agency, roles, whether I must change my password, and what I may do' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentUser() caller: AuthUser): Promise<MeDto> {
    const user = await this.users.findById(caller.userId);
    if (!user) throw new AppException(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
    const agency = await this.agencies.find(user.agencyCode);
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      agency: {
        code: user.agencyCode,
        nameVi: agency?.nameVi ?? user.agencyCode,
        nameEn: agency?.nameEn ?? user.agencyCode,
        kind: agency?.kind ?? 'UNKNOWN',
      },
      roles: user.roles,
      mustChangePassword: user.mustChangePassword,
      language: user.language,
      permissions: permissionsOf(user.roles),
    };
  }

  @Put('language')
  @HttpCode(204)
  @Auth.evenBeforePasswordChange()
  @ApiOperation({ summary: 'Choose my language for the web app (vi or en): kept with my account, used at my next sign-in anywhere' })
  @ApiNoContentResponse({ description: 'Saved' })
  async setLanguage(@CurrentUser() caller: AuthUser, @Body() body: SetLanguageDto): Promise<void> {
    await this.users.setLanguage(caller.userId, body.language);
  }
}
