import { ApiProperty } from '@nestjs/swagger';
import { AgencyEntity } from './agency.entity';

export class AgencyDto {
  @ApiProperty() code: string;
  @ApiProperty() nameVi: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() kind: string;
  @ApiProperty({ nullable: true, type: String }) parentCode: string | null;
  @ApiProperty() external: boolean;
  @ApiProperty() borderArea: boolean;
  @ApiProperty({ description: 'false after a reorganisation: kept for history, no new work or users' }) active: boolean;

  static from(a: AgencyEntity): AgencyDto {
    return Object.assign(new AgencyDto(), {
      code: a.code,
      nameVi: a.nameVi,
      nameEn: a.nameEn,
      kind: a.kind,
      parentCode: a.parentCode,
      external: a.external,
      borderArea: a.borderArea,
      active: a.active,
    });
  }
}
