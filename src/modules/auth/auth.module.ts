import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { MeController } from './me.controller';
import { WebSessionController } from './web-session.controller';

@Module({
  imports: [UsersModule, AgenciesModule],
  controllers: [AuthController, MeController, WebSessionController],
  providers: [AuthService, LoginThrottle],
})
export class AuthModule {}
