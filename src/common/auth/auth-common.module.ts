import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { securityConfig } from '../../config/security.config';
import { JwtAuthGuard } from './jwt-auth.guard';

/** Token signing and the guard behind @Auth, available to every feature module. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      useFactory: () => {
        const { jwtSecret, tokenTtlSeconds } = securityConfig();
        return { secret: jwtSecret, signOptions: { expiresIn: tokenTtlSeconds } };
      },
    }),
  ],
  providers: [JwtAuthGuard],
  exports: [JwtModule, JwtAuthGuard],
})
export class AuthCommonModule {}
