import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { Role } from '../../../domain/role';

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the username or display name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: 'BDBP_TINH' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  agencyCode?: string;

  @ApiPropertyOptional({ enum: Role })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ description: 'true: active accounts only; false: deactivated only; absent: both' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
