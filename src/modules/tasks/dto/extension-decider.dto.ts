import { ApiProperty } from '@nestjs/swagger';

/** Who must decide an extension request: one of these roles in this agency. */
export class ExtensionDeciderDto {
  @ApiProperty({ example: 'CA_TINH_CSDT' }) agencyCode: string;
  @ApiProperty({ type: [String], example: ['AGENCY_HEAD'] }) roles: string[];
}
