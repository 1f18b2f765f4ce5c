import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordsModule } from '../records/records.module';
import { AgenciesModule } from '../agencies/agencies.module';
import { TipEntity } from './tip.entity';
import { TipListService } from './tip-list.service';
import { TipsController } from './tips.controller';
import { TipsService } from './tips.service';

@Module({
  imports: [TypeOrmModule.forFeature([TipEntity]), AgenciesModule, RecordsModule],
  controllers: [TipsController],
  providers: [TipsService, TipListService],
  exports: [TipsService],
})
export class TipsModule {}
