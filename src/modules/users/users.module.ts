import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { RoleGrantsModule } from '../role-grants/role-grants.module';
import { AgencyMembersController } from './agency-members.controller';
import { AgencyMembersService } from './agency-members.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AgenciesModule, RoleGrantsModule],
  controllers: [UsersController, AgencyMembersController],
  providers: [UsersService, AgencyMembersService],
  exports: [UsersService, AgencyMembersService],
})
export class UsersModule {}
