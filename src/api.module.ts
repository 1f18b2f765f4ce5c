import { Module } from '@nestjs/common';
import { AppModule } from './app.module';
import { HealthModule } from './modules/health/health.module';
import { PendingTipStarter } from './modules/tips/pending-tip-starter';
import { TipsModule } from './modules/tips/tips.module';

@Module({
  imports: [AppModule, HealthModule, TipsModule],
  providers: [PendingTipStarter],
})
export class ApiModule {}
