import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { Role } from '../../domain/role';
import { IncidentDto } from './incident.dto';
import { IncidentsService } from './incidents.service';
import { ListIncidentsQueryDto } from './list-incidents-query.dto';

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @ApiOperation({ summary: 'Workflow and activity failures recorded for operators' })
  @Get()
  @Auth(Role.ADMIN, Role.COORDINATOR)
  @ApiOkResponse({
    type: [IncidentDto],
    description: 'Writes PostgreSQL refused for good (the process went on, its rows did not); `npm run repair-projections` re-projects them',
  })
  list(@Query() query: ListIncidentsQueryDto): Promise<IncidentDto[]> {
    return this.incidents.list(query.status);
  }
}
