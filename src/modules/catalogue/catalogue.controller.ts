import { Body, Controller, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import type { DeadlineCatalogue } from '../../domain/deadline-catalogue';
import { Role } from '../../domain/role';
import { CatalogueService } from './catalogue.service';
import { CatalogueVersionSummaryDto } from './dto/catalogue-version-summary.dto';
import { PublishCatalogueDto } from './dto/publish-catalogue.dto';

@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @ApiOperation({ summary: 'The deadline catalogue in force' })
  @Get()
  @Auth()
  @ApiOkResponse({
    description: 'The deadline catalogue in force: durations, legal basis, law or policy, confidence, extension rules, escalation ladder',
    schema: { type: 'object', additionalProperties: true },
  })
  current(): Promise<DeadlineCatalogue> {
    return this.catalogue.current();
  }

  @ApiOperation({ summary: 'Every published version of the deadline catalogue, newest (in force) first, without entries' })
  @Get('versions')
  @Auth()
  @ApiOkResponse({ type: [CatalogueVersionSummaryDto] })
  versions(): Promise<CatalogueVersionSummaryDto[]> {
    return this.catalogue.summaries();
  }

  @ApiOperation({ summary: 'One version of the deadline catalogue' })
  @Get('versions/:version')
  @Auth()
  @ApiOkResponse({
    schema: {
      type: 'object',
      additionalProperties: true,
      description: 'A catalogue version: version, entries, escalationLadder (as GET /catalogue)',
    },
  })
  version(@Param('version', ParseIntPipe) version: number): Promise<DeadlineCatalogue> {
    return this.catalogue.version(version);
  }

  /**
   * Publishes a new version, checked for meaning (every key a step needs, no LAW period below its statute, honest
   * labels, consistent extension tiers); a problem answers 400 naming its path. PUT /catalogue is the older spelling.
   */
  @ApiOperation({ summary: 'Publish a new catalogue version, checked for meaning (administrators)' })
  @Post('versions')
  @Auth(Role.ADMIN)
  @ApiCreatedResponse({
    schema: {
      type: 'object',
      additionalProperties: true,
      description: 'A catalogue version: version, entries, escalationLadder (as GET /catalogue)',
    },
  })
  publishVersion(@Body() body: PublishCatalogueDto, @CurrentUser() user: AuthUser): Promise<DeadlineCatalogue> {
    return this.catalogue.publish(body, user.userId);
  }

  @ApiOperation({ summary: 'Publish a new catalogue version (older spelling of POST /catalogue/versions)' })
  @Put()
  @Auth(Role.ADMIN)
  @ApiOkResponse({
    schema: {
      type: 'object',
      additionalProperties: true,
      description: 'A catalogue version: version, entries, escalationLadder (as GET /catalogue)',
    },
  })
  publish(@Body() body: PublishCatalogueDto, @CurrentUser() user: AuthUser): Promise<DeadlineCatalogue> {
    return this.catalogue.publish(body, user.userId);
  }
}
