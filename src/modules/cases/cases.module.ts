import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { RecordsModule } from '../records/records.module';
import { UsersModule } from '../users/users.module';
import { CaseEntity } from './case.entity';
import { CaseListService } from './case-list.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity]), AgenciesModule, RecordsModule, UsersModule],
  controllers: [CasesController],
  providers: [CasesService, CaseListService],
  exports: [CasesService],
})
export class CasesModule {}
