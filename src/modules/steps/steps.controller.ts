import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { CallerLanguage } from '../../common/i18n/caller-language.decorator';
import type { Language } from '../../common/i18n/language';
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
    description:
      'Each outcome field carries its label (`title`), help (`description`) and choice labels (`x-enum-labels`) in the caller’s language (Accept-Language); `x-code-format` marks agency and commune codes.',
  })
  @ApiOkResponse({ type: [StepDto] })
  list(@CallerLanguage() language: Language): Promise<StepDto[]> {
    return this.steps.list(language);
  }
}
