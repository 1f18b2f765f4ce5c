import { Module } from '@nestjs/common';
import { HttpMetrics } from './http-metrics';
import { MetricsController } from './metrics.controller';
import { WorkMetrics } from './work-metrics';

@Module({ controllers: [MetricsController], providers: [HttpMetrics, WorkMetrics], exports: [HttpMetrics] })
export class MetricsModule {}
