import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { AgencyAdminService } from './agency-admin.service';
import { AgencyEntity } from './agency.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity])],
  controllers: [AgenciesController],
  providers: [AgenciesService, AgencyAdminService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
