import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { labelsCatalogue } from './labels-catalogue';
import { LabelsDto } from './labels.dto';

@ApiTags('reference')
@Controller('labels')
export class LabelsController {
  private readonly labels = labelsCatalogue();

  // Public: a login screen needs the error texts before anyone has a token, and nothing here is confidential.
  @Get()
  @ApiOperation({ summary: 'Vietnamese and English labels of every enumeration, error code and timeline entry type' })
  @ApiOkResponse({ type: LabelsDto })
  list(): LabelsDto {
    return this.labels;
  }
}
