import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorCode } from '../../domain/error-code';
import { PasswordHasher } from '../users/password-hasher';
import { UsersService } from '../users/users.service';
import { TokenDto } from './dto/token.dto';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string): Promise<TokenDto> {
    const user = await this.users.findActiveByUsername(username);
    // Same answer for unknown user and wrong password: no hint about which accounts exist.
    if (!user || !(await PasswordHasher.verify(password, user.passwordHash)))
      throw new AppException(ErrorCode.UNAUTHENTICATED, 'Wrong username or password');
    const claims: AuthUser = { userId: user.id, username: user.username, agencyCode: user.agencyCode, roles: user.roles };
    return {
      accessToken: await this.jwt.signAsync(claims),
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      agencyCode: user.agencyCode,
      roles: user.roles,
    };
  }
}
