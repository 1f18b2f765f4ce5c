import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { LiveEventPoller } from './live-event-poller';

@Module({
  controllers: [EventsController],
  providers: [LiveEventPoller],
})
export class EventsModule {}
