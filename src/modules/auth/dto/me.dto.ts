import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../../domain/role';

export class MyAgencyDto {
  @ApiProperty({ example: 'BDBP_TINH' }) code: string;
  @ApiProperty({ example: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh' }) nameVi: string;
  @ApiProperty({ example: 'Provincial Border Guard Command' }) nameEn: string;
  @ApiProperty({ example: 'BORDER_GUARD' }) kind: string;
}

export class MeDto {
  @ApiProperty() userId: string;
  @ApiProperty({ example: 'border-officer' }) username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: MyAgencyDto }) agency: MyAgencyDto;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ description: 'Until true becomes false, every route but change-password, logout and /me answers 403' })
  mustChangePassword: boolean;
  @ApiProperty({ enum: ['vi', 'en'], description: 'The language the user chose for the web app (PUT /me/language); vi until then' })
  language: 'vi' | 'en';
  @ApiProperty({ description: 'What the roles allow, for clients to show or hide actions', example: ['tasks:claim', 'tasks:complete'] })
  permissions: string[];
}
