import { ApiProperty } from '@nestjs/swagger';
import { SupportKind } from '../../../domain/reception/support-kind';
import type { KpiComparison, KpiKey } from '../../../domain/statistics/programme-kpi';

class TipFiguresDto {
  @ApiProperty({ example: 12, description: 'Tips received in the period' }) received: number;
  @ApiProperty({ example: 9, description: 'Verifications decided (confirmed or unfounded) in the period' }) resolved: number;
  @ApiProperty({ example: 8, description: 'Of those, decided by the task’s due date' }) resolvedOnTime: number;
  @ApiProperty({ example: 1 }) resolvedLate: number;
  @ApiProperty({ example: 5 }) confirmed: number;
  @ApiProperty({ example: 4 }) unfounded: number;
}

class SupportFigureDto {
  @ApiProperty({ enum: SupportKind, example: SupportKind.MEDICAL }) kind: SupportKind;
  @ApiProperty({ example: 3, description: 'Support tasks of this kind completed in the period' }) count: number;
}

class VictimFiguresDto {
  @ApiProperty({ example: 4, description: 'Formal identifications confirming a victim in the period' }) identified: number;
  @ApiProperty({ type: [SupportFigureDto] }) supported: SupportFigureDto[];
}

class RescueFiguresDto {
  @ApiProperty({ example: 2, description: 'Operations signed off in the period' }) carriedOut: number;
  @ApiProperty({ example: 7, description: 'Adults and children recorded as rescued in the period' }) personsRescued: number;
}

class ProsecutionFiguresDto {
  @ApiProperty({ example: 2, description: 'Cases the procuracy decided to prosecute in the period' }) casesProsecuted: number;
  @ApiProperty({ example: 1, description: 'Cases whose verdict was recorded in the period' }) casesTried: number;
  @ApiProperty({ example: 1 }) convicted: number;
}

class AgencyDeadlineFigureDto {
  @ApiProperty({ example: 'CA_TINH_CSDT' }) agencyCode: string;
  @ApiProperty({ example: 3, description: 'Đang giải quyết – trong hạn: open now, not past due' }) openInTime: number;
  @ApiProperty({ example: 1, description: 'Đang giải quyết – quá hạn: open now and past due' }) openOverdue: number;
  @ApiProperty({ example: 6, description: 'Đã giải quyết – đúng hạn: completed in the period by the due date' }) closedOnTime: number;
  @ApiProperty({ example: 2, description: 'Đã giải quyết – quá hạn: completed in the period after the due date' }) closedLate: number;
}

class DurationFigureDto {
  @ApiProperty({ example: 9 }) count: number;
  @ApiProperty({ example: 6.5, nullable: true, type: Number, description: 'Days' }) medianDays: number | null;
  @ApiProperty({ example: 18.25, nullable: true, type: Number, description: 'Days' }) p90Days: number | null;
}

class DurationsDto {
  @ApiProperty({ description: 'Tip received → verification decided' }) toVerify: DurationFigureDto;
  @ApiProperty({ description: 'Rescue process started → operation signed off' }) toRescue: DurationFigureDto;
  @ApiProperty({ description: 'Reception process started → transfer home completed' }) toRepatriate: DurationFigureDto;
  @ApiProperty({ description: 'Prosecution process started → procuracy decides to prosecute' }) toIndictment: DurationFigureDto;
}

class OpenEscalationFigureDto {
  @ApiProperty({ example: 1 }) level: number;
  @ApiProperty({ example: 'AGENCY_HEAD', enum: ['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'] }) target: string;
  @ApiProperty({ example: 'CA_TINH_CSDT', description: 'The overdue task’s agency' }) agencyCode: string;
  @ApiProperty({ example: 2 }) count: number;
}

class ProgrammeKpiDto {
  @ApiProperty({ enum: ['tipsReceived', 'tipsResolved', 'casesProsecuted', 'casesTried', 'deadlineCompliance'], example: 'tipsResolved' })
  key: KpiKey;
  @ApiProperty({ example: 9 }) numerator: number;
  @ApiProperty({ example: 10 }) denominator: number;
  @ApiProperty({ example: 90, nullable: true, type: Number, description: 'numerator / denominator in percent (one decimal); null when 0 / 0' })
  percent: number | null;
  @ApiProperty({ example: 90, nullable: true, type: Number, description: 'The programme’s target; null for deadline compliance' })
  targetPercent: number | null;
  @ApiProperty({ enum: ['AT_LEAST', 'MORE_THAN'], nullable: true, example: 'MORE_THAN' }) comparison: KpiComparison | null;
  @ApiProperty({ nullable: true, type: Boolean, example: false, description: 'Target met; null without a target or a measure' })
  met: boolean | null;
}

class MonthFiguresDto {
  @ApiProperty({ example: '2026-11', description: 'Calendar month in the province (UTC+7)' }) month: string;
  @ApiProperty({ example: '2026-10-31T17:00:00.000Z', description: 'Start of the slice (the period’s start in its first month)' }) from: string;
  @ApiProperty({ example: '2026-11-30T17:00:00.000Z', description: 'End of the slice (exclusive)' }) to: string;
  @ApiProperty({ example: 6, description: 'Tasks completed in the month by their due date' }) closedOnTime: number;
  @ApiProperty({ example: 2, description: 'Tasks completed in the month after their due date' }) closedLate: number;
  @ApiProperty({ example: 75, nullable: true, type: Number }) compliancePercent: number | null;
  @ApiProperty() durations: DurationsDto;
}

export class StatisticsDto {
  @ApiProperty({ example: '2026-10-31T17:00:00.000Z' }) from: string;
  @ApiProperty({ example: '2026-11-30T17:00:00.000Z' }) to: string;
  @ApiProperty({ nullable: true, type: String, example: null }) agencyCode: string | null;
  @ApiProperty({ example: '2026-11-28T08:00:00.000Z', description: 'The instant open items were counted at' }) computedAt: string;
  @ApiProperty() tips: TipFiguresDto;
  @ApiProperty() victims: VictimFiguresDto;
  @ApiProperty() rescues: RescueFiguresDto;
  @ApiProperty() prosecution: ProsecutionFiguresDto;
  @ApiProperty({ type: [AgencyDeadlineFigureDto] }) deadlinesByAgency: AgencyDeadlineFigureDto[];
  @ApiProperty() durations: DurationsDto;
  @ApiProperty({ type: [OpenEscalationFigureDto], description: 'Unacknowledged escalations now, by level, target and agency' })
  openEscalations: OpenEscalationFigureDto[];
  @ApiProperty({
    type: [ProgrammeKpiDto],
    description:
      'Programme targets (Decision 193/QĐ-TTg; plan 19/KH-BCĐ138/CP). tipsReceived: tips received in the period whose verification ' +
      'started / received (target 100 %); tipsResolved: of those received, resolved by now / received (> 90 %); casesProsecuted: ' +
      'cases the procuracy settled in the period, prosecuted / settled (95 %); casesTried: of those prosecuted in the period, with a ' +
      'verdict recorded by now (90 %); deadlineCompliance: tasks completed in the period by their due date / completed (no target)',
  })
  kpis: ProgrammeKpiDto[];
  @ApiProperty({ type: [MonthFiguresDto], required: false, description: 'Only with by=month: the period month by month' })
  series?: MonthFiguresDto[];
}
