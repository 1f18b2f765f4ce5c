import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordsModule } from '../records/records.module';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { AgencyAdminService } from './agency-admin.service';
import { AgencyEntity } from './agency.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity]), RecordsModule],
  controllers: [AgenciesController],
  providers: [AgenciesService, AgencyAdminService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
