import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { CASE_READER_ROLES } from '../../domain/access/reader-roles';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { Role } from '../../domain/role';
import { ReasonDto } from '../tasks/dto/reason.dto';
import { AuditedAction } from '../audit/audited-action.decorator';
import { AuditedRead } from '../audit/audited-read.decorator';
import { CaseListService } from './case-list.service';
import { CasesService } from './cases.service';
import { CaseSummaryDto } from './dto/case-summary.dto';
import { ListCasesQueryDto } from './dto/list-cases-query.dto';
import { AttachTipDto } from './dto/attach-tip.dto';
import { CaseDto, ChildProcessDto } from './dto/case.dto';
import { ChargeDto } from './dto/charge.dto';
import { OpenCaseDto } from './dto/open-case.dto';
import { StartProcessDto } from './dto/start-process.dto';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly caseList: CaseListService,
  ) {}

  @ApiOperation({ summary: 'Cases the caller may see, filtered by status, charge, severity, agency, overdue or reference' })
  @Get()
  @Auth(...CASE_READER_ROLES)
  @Paginated(CaseSummaryDto, 'Newest opened first: every case for coordinators and leadership, else those your agency is involved in')
  list(@CurrentUser() user: AuthUser, @Query() query: ListCasesQueryDto): Promise<Page<CaseSummaryDto>> {
    return this.caseList.list(user, query);
  }

  @ApiOperation({ summary: 'Open a case (optionally from a tip) and start its first processes' })
  @Post()
  @AuditedAction({ action: 'CASE_OPENED', subjectType: 'CASE', subject: (_p, c: { reference?: string }) => c?.reference })
  @Auth(Role.COORDINATOR)
  @ApiCreatedResponse({ type: CaseDto })
  @ApiOkResponse({ type: CaseDto, description: 'Already opened with this Idempotency-Key' })
  async open(
    @CurrentUser() user: AuthUser,
    @Body() body: OpenCaseDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDto> {
    const { dto, created } = await this.cases.open(user, body.charge, idempotencyKey);
    res.status(created ? 201 : 200);
    return dto;
  }

  @ApiOperation({ summary: 'A case with its processes, tips, charge and timeline' })
  @Get(':reference')
  @Auth(...CASE_READER_ROLES)
  @ApiOkResponse({ type: CaseDto, description: 'The case, its processes and the timeline across all of them' })
  @AuditedRead({ action: 'CASE_READ', subjectType: 'CASE', subjects: (c: CaseDto) => [c.reference, ...(c.tips ?? []).map((t) => t.reference)] })
  get(@CurrentUser() user: AuthUser, @Param('reference') reference: string): Promise<CaseDto> {
    return this.cases.get(user, reference);
  }

  @ApiOperation({ summary: 'Attach a tip to the case' })
  @Post(':reference/tips')
  @AuditedAction({ action: 'CASE_TIP_ADDED', subjectType: 'CASE', subject: (p) => p.reference })
  @HttpCode(200)
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: CaseDto })
  attachTip(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Body() body: AttachTipDto): Promise<CaseDto> {
    return this.cases.attachTip(user, reference, body.tipReference);
  }

  @ApiOperation({ summary: 'Set or change the charge; severity-dependent deadlines move with it' })
  @Put(':reference/charge')
  @AuditedAction({ action: 'CASE_CHARGE_CHANGED', subjectType: 'CASE', subject: (p) => p.reference })
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: CaseDto, description: 'Severity follows; running prosecution deadlines are recomputed' })
  changeCharge(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Body() body: ChargeDto): Promise<CaseDto> {
    return this.cases.changeCharge(user, reference, body);
  }

  @ApiOperation({ summary: "The case's processes, paginated" })
  @Get(':reference/processes')
  @Auth(...CASE_READER_ROLES)
  @Paginated(ChildProcessDto, 'In the order they started, with the catalogue version each keeps; an agency sees those it has a task in')
  @AuditedRead({
    action: 'CASE_PROCESSES_LISTED',
    subjectType: 'PROCESS',
    list: true,
    subjects: (items: ChildProcessDto[]) => items.map((p) => p.processId),
  })
  processes(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Query() query: PageQueryDto): Promise<Page<ChildProcessDto>> {
    return this.caseList.processes(user, reference, query);
  }

  @ApiOperation({ summary: 'Start a process (rescue, reception, prosecution) in the case' })
  @Post(':reference/processes')
  @AuditedAction({ action: 'CASE_PROCESS_STARTED', subjectType: 'CASE', subject: (p) => p.reference })
  @Auth(Role.COORDINATOR)
  @ApiCreatedResponse({ type: ChildProcessDto })
  startProcess(
    @CurrentUser() user: AuthUser,
    @Param('reference') reference: string,
    @Body() body: StartProcessDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<ChildProcessDto> {
    return this.cases.startProcess(user, reference, body, idempotencyKey);
  }

  @ApiOperation({ summary: 'Cancel one process of the case, with a reason' })
  @Post(':reference/processes/:processId/cancel')
  @AuditedAction({ action: 'PROCESS_CANCELLED', subjectType: 'PROCESS', subject: (p) => p.processId })
  @HttpCode(200)
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: ChildProcessDto })
  cancelProcess(
    @CurrentUser() user: AuthUser,
    @Param('reference') reference: string,
    @Param('processId') processId: string,
    @Body() body: ReasonDto,
  ): Promise<ChildProcessDto> {
    return this.cases.cancelProcess(user, reference, processId, body.reason);
  }

  @ApiOperation({ summary: 'Close the case, with a reason' })
  @Post(':reference/close')
  @AuditedAction({ action: 'CASE_CLOSED', subjectType: 'CASE', subject: (p) => p.reference })
  @HttpCode(200)
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: CaseDto, description: 'Only when none of its processes is still running' })
  close(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Body() body: ReasonDto): Promise<CaseDto> {
    return this.cases.close(user, reference, body.reason);
  }
}
