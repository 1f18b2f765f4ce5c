import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../../domain/role';

/** Only the fields given change; a new agency or new roles apply to the user's very next request. */
export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Trần Văn B' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ example: 'DBP_BU_PRANG' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  agencyCode?: string;

  @ApiPropertyOptional({ enum: Role, isArray: true, example: [Role.AGENCY_HEAD] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles?: Role[];
}
