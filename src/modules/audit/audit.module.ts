import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainer } from './audit-chainer';
import { AuditLogReader } from './audit-log-reader';
import { AuditLogEntity } from './audit-log.entity';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { ActionAuditInterceptor } from './action-audit.interceptor';
import { ReadAuditInterceptor } from './read-audit.interceptor';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntity])],
  controllers: [AuditController],
  providers: [
    AuditChainer,
    AuditService,
    AuditLogReader,
    { provide: APP_INTERCEPTOR, useClass: ReadAuditInterceptor },
    { provide: APP_INTERCEPTOR, useClass: ActionAuditInterceptor },
  ],
  exports: [AuditService],
})
export class AuditModule {}
