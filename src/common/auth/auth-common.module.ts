import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { securityConfig } from '../../config/security.config';
import { JwtAuthGuard } from './jwt-auth.guard';
import { sessionConfig } from './session-config';
import { SessionStore } from './session-store';

/** Token signing, sessions and the guard behind @Auth, available to every feature module. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      useFactory: () => ({ secret: securityConfig().jwtSecret, signOptions: { expiresIn: sessionConfig().accessTokenTtlSeconds } }),
    }),
  ],
  providers: [JwtAuthGuard, SessionStore],
  exports: [JwtModule, JwtAuthGuard, SessionStore],
})
export class AuthCommonModule {}
