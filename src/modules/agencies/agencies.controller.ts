import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { AgenciesService } from './agencies.service';
import { AgencyDto } from './agency.dto';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @ApiOperation({ summary: 'List the agencies (codes, names, kinds) tasks can be assigned to' })
  @Get()
  @Auth()
  @ApiOkResponse({ type: [AgencyDto] })
  async list(): Promise<AgencyDto[]> {
    return (await this.agencies.list()).map(AgencyDto.from);
  }
}
