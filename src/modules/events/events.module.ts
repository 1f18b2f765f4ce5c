import { Module } from '@nestjs/common';
import { EventStreamRegistry } from './event-stream-registry';
import { EventsController } from './events.controller';
import { LiveEventPoller } from './live-event-poller';

@Module({
  controllers: [EventsController],
  providers: [LiveEventPoller, EventStreamRegistry],
})
export class EventsModule {}
