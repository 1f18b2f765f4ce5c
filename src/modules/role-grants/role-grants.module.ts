import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoleGrantEntity } from './role-grant.entity';
import { RoleGrantsController } from './role-grants.controller';
import { RoleGrantsService } from './role-grants.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoleGrantEntity])],
  controllers: [RoleGrantsController],
  providers: [RoleGrantsService],
  exports: [RoleGrantsService],
})
export class RoleGrantsModule {}
