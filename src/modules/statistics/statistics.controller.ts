import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Role } from '../../domain/role';
import { StatisticsExportQueryDto } from './dto/statistics-export-query.dto';
import { StatisticsQueryDto } from './dto/statistics-query.dto';
import { StatisticsDto } from './dto/statistics.dto';
import { StatisticsExportService } from './statistics-export.service';
import { statisticsPeriodOf } from './statistics-period-of';
import { StatisticsService } from './statistics.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';
const binary = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string', format: 'binary' } } } });

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly exports: StatisticsExportService,
  ) {}

  @ApiOperation({ summary: 'The figures for the ministries’ reports over a period (tips, victims, rescues, prosecution, deadlines, durations)' })
  @Get()
  @Auth(Role.COORDINATOR, Role.LEADERSHIP)
  @ApiOkResponse({ type: StatisticsDto })
  figures(@Query() query: StatisticsQueryDto): Promise<StatisticsDto> {
    return this.statistics.figures(statisticsPeriodOf(query));
  }

  @ApiOperation({ summary: 'The same figures as an Excel workbook (Vietnamese headers unless lang=en); audited' })
  @Get('export.xlsx')
  @Auth(Role.COORDINATOR, Role.LEADERSHIP)
  @ApiProduces(XLSX)
  @ApiOkResponse(binary(XLSX, 'A workbook: the figures, and for coordinators the period’s tips (never the tipster)'))
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Query() query: StatisticsExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(user, statisticsPeriodOf(query), query.lang ?? 'vi', 'xlsx', query.reason?.trim());
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    return new StreamableFile(file.content);
  }

  @ApiOperation({ summary: 'The same figures as CSV (UTF-8 with BOM, Vietnamese headers unless lang=en); audited' })
  @Get('export.csv')
  @Auth(Role.COORDINATOR, Role.LEADERSHIP)
  @ApiProduces(CSV)
  @ApiOkResponse(binary('text/csv', 'The figures, and for coordinators the period’s tips after a blank line'))
  async csv(
    @CurrentUser() user: AuthUser,
    @Query() query: StatisticsExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(user, statisticsPeriodOf(query), query.lang ?? 'vi', 'csv', query.reason?.trim());
    res.setHeader('Content-Type', CSV);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    return new StreamableFile(file.content);
  }
}
