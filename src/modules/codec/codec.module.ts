import { Module } from '@nestjs/common';
import { CodecController } from './codec.controller';
import { CodecService } from './codec.service';

/** The remote payload codec for the Temporal Web UI and CLI: decode for authorised readers, audited. */
@Module({
  controllers: [CodecController],
  providers: [CodecService],
})
export class CodecModule {}
