import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { Role } from '../../domain/role';
import { ReasonDto } from '../tasks/dto/reason.dto';
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

  @Get()
  @Auth(Role.COORDINATOR, Role.OFFICER, Role.AGENCY_HEAD, Role.LEADERSHIP)
  @Paginated(CaseSummaryDto, 'Newest opened first: every case for coordinators and leadership, else those your agency is involved in')
  list(@CurrentUser() user: AuthUser, @Query() query: ListCasesQueryDto): Promise<Page<CaseSummaryDto>> {
    return this.caseList.list(user, query);
  }

  @Post()
  @Auth(Role.COORDINATOR)
  @ApiCreatedResponse({ type: CaseDto })
  open(@Body() body: OpenCaseDto): Promise<CaseDto> {
    return this.cases.open(body.charge);
  }

  @Get(':reference')
  @Auth()
  @ApiOkResponse({ type: CaseDto, description: 'The case, its processes and the timeline across all of them' })
  get(@CurrentUser() user: AuthUser, @Param('reference') reference: string): Promise<CaseDto> {
    return this.cases.get(user, reference);
  }

  @Post(':reference/tips')
  @HttpCode(200)
  @Auth(Role.COORDINATOR)
  attachTip(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Body() body: AttachTipDto): Promise<CaseDto> {
    return this.cases.attachTip(user, reference, body.tipReference);
  }

  @Put(':reference/charge')
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: CaseDto, description: 'Severity follows; running prosecution deadlines are recomputed' })
  changeCharge(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Body() body: ChargeDto): Promise<CaseDto> {
    return this.cases.changeCharge(user, reference, body);
  }

  @Get(':reference/processes')
  @Auth(Role.COORDINATOR, Role.OFFICER, Role.AGENCY_HEAD, Role.LEADERSHIP)
  @Paginated(ChildProcessDto, 'In the order they started, with the catalogue version each keeps; an agency sees those it has a task in')
  processes(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Query() query: PageQueryDto): Promise<Page<ChildProcessDto>> {
    return this.caseList.processes(user, reference, query);
  }

  @Post(':reference/processes')
  @Auth(Role.COORDINATOR)
  @ApiCreatedResponse({ type: ChildProcessDto })
  startProcess(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Body() body: StartProcessDto): Promise<ChildProcessDto> {
    return this.cases.startProcess(user, reference, body);
  }

  @Post(':reference/processes/:processId/cancel')
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

  @Post(':reference/close')
  @HttpCode(200)
  @Auth(Role.COORDINATOR)
  @ApiOkResponse({ type: CaseDto, description: 'Only when none of its processes is still running' })
  close(@CurrentUser() user: AuthUser, @Param('reference') reference: string, @Body() body: ReasonDto): Promise<CaseDto> {
    return this.cases.close(user, reference, body.reason);
  }
}
