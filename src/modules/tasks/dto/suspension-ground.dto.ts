import { ApiProperty } from '@nestjs/swagger';

/** A ground of suspension the task's step allows, as the law lists it, and whether it may be used now. */
export class SuspensionGroundDto {
  @ApiProperty({ example: 'TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING' }) code: string;
  @ApiProperty() labelVi: string;
  @ApiProperty() labelEn: string;
  @ApiProperty({ example: 'Điểm a khoản 1 Điều 148 BLTTHS 2015' }) articleVi: string;
  @ApiProperty({ example: 'BLTTHS 2015 art. 148(1)(a)' }) articleEn: string;
  @ApiProperty({ description: 'Only a forensic finding of illness (art. 229(1)(b)) may come before the period has run out' })
  beforePeriodEnd: boolean;
  @ApiProperty({ description: 'The ground allows a suspension at this moment (the period has run out, or it needs not)' })
  allowedNow: boolean;
}
