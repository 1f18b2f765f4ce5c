import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { ProcessDto } from './process.dto';
import { ProcessesService } from './processes.service';

@ApiTags('processes')
@Controller('processes')
export class ProcessesController {
  constructor(private readonly processes: ProcessesService) {}

  @Get(':processId')
  @Auth()
  @ApiOkResponse({ type: ProcessDto, description: 'Steps, tasks, deadlines, escalations and who did what, when' })
  get(@CurrentUser() user: AuthUser, @Param('processId') processId: string): Promise<ProcessDto> {
    return this.processes.get(user, processId);
  }
}
