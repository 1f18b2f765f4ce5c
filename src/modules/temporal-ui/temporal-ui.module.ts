import { Module } from '@nestjs/common';
import { TemporalUiAccessLog } from './temporal-ui-access-log';
import { TemporalUiGate } from './temporal-ui-gate';
import { TemporalUiProxy } from './temporal-ui-proxy';

/** The Temporal Web UI behind the API's login (/temporal-ui/): the gate, the audit of each session, the proxy. */
@Module({
  providers: [TemporalUiGate, TemporalUiAccessLog, TemporalUiProxy],
  exports: [TemporalUiProxy],
})
export class TemporalUiModule {}
