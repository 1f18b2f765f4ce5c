import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';

type Check = 'up' | 'down';

const CHECK = { type: 'string', enum: ['up', 'down'] };
const HEALTH_SCHEMA = {
  type: 'object',
  properties: { status: CHECK, postgres: CHECK, temporal: CHECK },
  example: { status: 'up', postgres: 'up', temporal: 'up' },
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly workflows: WorkflowGateway,
  ) {}

  @ApiOperation({ summary: 'Whether PostgreSQL and Temporal are reachable' })
  @Get()
  @ApiOkResponse({ description: 'PostgreSQL and Temporal both reachable', schema: HEALTH_SCHEMA })
  @ApiServiceUnavailableResponse({ description: 'At least one is down; the body says which', schema: HEALTH_SCHEMA })
  async check(@Res({ passthrough: true }) res: Response): Promise<{ status: Check; postgres: Check; temporal: Check }> {
    const [postgres, temporal] = await Promise.all([
      this.db.query('SELECT 1').then(
        (): Check => 'up',
        (): Check => 'down',
      ),
      this.workflows.ping().then(
        (): Check => 'up',
        (): Check => 'down',
      ),
    ]);
    const status: Check = postgres === 'up' && temporal === 'up' ? 'up' : 'down';
    res.status(status === 'up' ? 200 : 503);
    return { status, postgres, temporal };
  }

  /** Liveness for supervisors (compose, Kubernetes): the process answers; restarting it would not help a database outage. */
  @Get('live')
  @ApiExcludeEndpoint()
  live(): { status: Check } {
    return { status: 'up' };
  }

  /** Readiness for load balancers: send traffic only while PostgreSQL and Temporal are reachable (same as GET /health). */
  @Get('ready')
  @ApiExcludeEndpoint()
  ready(@Res({ passthrough: true }) res: Response): Promise<{ status: Check; postgres: Check; temporal: Check }> {
    return this.check(res);
  }
}
