import { Global, Module } from '@nestjs/common';
import { temporalClientProvider } from './temporal-client.provider';
import { WorkflowGateway } from './workflow-gateway.service';

@Global()
@Module({
  providers: [temporalClientProvider, WorkflowGateway],
  exports: [WorkflowGateway],
})
export class TemporalModule {}
