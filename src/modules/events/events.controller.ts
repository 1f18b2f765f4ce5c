import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { STANDING_OFFICE_AGENCY } from '../../domain/agency-codes';
import { Role } from '../../domain/role';
import { hearsEvent } from '../../domain/statistics/live-event';
import { EventStreamRegistry } from './event-stream-registry';
import { LiveEventPoller } from './live-event-poller';
import { environment } from '../../config/environment';

const HEARTBEAT_MS = 15_000;

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly poller: LiveEventPoller,
    private readonly registry: EventStreamRegistry,
  ) {}

  @ApiOperation({
    summary: 'Live updates (server-sent events): task.created, task.updated, tip.updated, escalation.fired, escalation.acknowledged',
    description:
      'A text/event-stream scoped like the lists: each event names its type and carries identifiers only (ids, agency, status, level), ' +
      'never outcomes or personal data. A comment line every 15 s keeps proxies from closing it; the stream ends after 15 minutes and the ' +
      'client reconnects (EventSource does so by itself). Capped per session, per user and server-wide (429 RATE_LIMITED beyond); ' +
      'a stream ends within seconds of its session ending.',
  })
  @Get()
  @Auth(Role.COORDINATOR, Role.OFFICER, Role.AGENCY_HEAD, Role.LEADERSHIP)
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'event: task.created\\ndata: {"type":"task.created","taskId":"…","processId":"…","agencyCode":"CA_TINH_CSDT","status":"OPEN","revision":1}',
    content: {
      'text/event-stream': { schema: { type: 'string', example: 'event: task.created\ndata: {"type":"task.created","taskId":"0b6f…"}\n\n' } },
    },
  })
  stream(@CurrentUser() user: AuthUser, @Req() req: Request, @Res() res: Response): void {
    // Refused with 429 before anything is written when a cap is reached.
    const unregister = this.registry.open(user, () => res.end());
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 5000\n: connected\n\n');
    let sequence = 0;
    const unsubscribe = this.poller.subscribe(
      (events) => {
        for (const event of events)
          if (hearsEvent(event, user, STANDING_OFFICE_AGENCY))
            res.write(`id: ${++sequence}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      },
      () => res.end(),
    );
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    // A stream ends after EVENTS_MAX_STREAM_MS and the client reconnects: a revoked session stops hearing within it.
    const end = setTimeout(() => res.end(), environment().EVENTS_MAX_STREAM_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      clearTimeout(end);
      unsubscribe();
      unregister();
    });
  }
}
