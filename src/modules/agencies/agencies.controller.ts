import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { AgenciesService } from './agencies.service';
import { AgencyDto } from './agency.dto';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @Auth()
  @ApiOkResponse({ type: [AgencyDto] })
  async list(): Promise<AgencyDto[]> {
    return (await this.agencies.list()).map(AgencyDto.from);
  }
}
