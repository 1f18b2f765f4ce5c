import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Page, Paginated } from '../../common/pagination';
import { Role } from '../../domain/role';
import { AuditLogReader, MAX_EXPORTED_AUDIT_ROWS } from './audit-log-reader';
import { AuditRowDto } from './dto/audit-row.dto';
import { ListAuditQueryDto } from './dto/list-audit-query.dto';

/** The audit log, for auditors only (administrators do not read the record of their own actions). */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly reader: AuditLogReader) {}

  @Get()
  @Auth(Role.AUDITOR)
  @ApiOperation({ summary: 'Audit rows, newest first, filtered by actor, action, subject, period or alert flag' })
  @Paginated(AuditRowDto, 'Audit rows, newest first')
  list(@Query() query: ListAuditQueryDto): Promise<Page<AuditRowDto>> {
    return this.reader.list(query);
  }

  @Get('export.csv')
  @Auth(Role.AUDITOR)
  @ApiOperation({
    summary: `The filtered rows as CSV (UTF-8 with BOM, at most ${MAX_EXPORTED_AUDIT_ROWS}, newest first); the export is itself audited`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } } } })
  async export(
    @CurrentUser() auditor: AuthUser,
    @Query() query: ListAuditQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const content = await this.reader.exportCsv(auditor, query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="nhat-ky-truy-cap.csv"');
    return new StreamableFile(content);
  }
}
