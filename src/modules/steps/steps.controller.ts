import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { StepDto } from './step.dto';
import { StepsService } from './steps.service';

@ApiTags('reference')
@Controller('steps')
export class StepsController {
  constructor(private readonly steps: StepsService) {}

  @Get()
  @Auth()
  @ApiOperation({
    summary: 'Every step of every process: titles, default agency, deadlines from the catalogue in force, outcome JSON Schema',
  })
  @ApiOkResponse({ type: [StepDto] })
  list(): Promise<StepDto[]> {
    return this.steps.list();
  }
}
