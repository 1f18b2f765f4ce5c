import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { httpConfig } from '../../config/http.config';
import { HttpMetrics } from './http-metrics';

/** Prometheus scrapes this (text format 0.0.4). Not part of the API's contract; METRICS_ENABLED=false turns it off. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: HttpMetrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async scrape(): Promise<string> {
    if (!httpConfig().metricsEnabled) throw new NotFoundException();
    return this.metrics.registry.metrics();
  }
}
