import { Module } from '@nestjs/common';
import { AppModule } from './app.module';
import { CodecModule } from './modules/codec/codec.module';
import { EventsModule } from './modules/events/events.module';
import { HealthModule } from './modules/health/health.module';
import { loggerModule } from './common/logging/logger-module';
import { LabelsModule } from './modules/labels/labels.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { StatisticsModule } from './modules/statistics/statistics.module';
import { StepsModule } from './modules/steps/steps.module';
import { TemporalUiModule } from './modules/temporal-ui/temporal-ui.module';
import { PendingTipStarter } from './modules/tips/pending-tip-starter';
import { TipsModule } from './modules/tips/tips.module';

@Module({
  imports: [
    loggerModule('api'),
    AppModule,
    HealthModule,
    MetricsModule,
    TipsModule,
    StepsModule,
    LabelsModule,
    StatisticsModule,
    EventsModule,
    TemporalUiModule,
    CodecModule,
  ],
  providers: [PendingTipStarter],
})
export class ApiModule {}
