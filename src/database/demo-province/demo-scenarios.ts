import { ProsecutionStepType } from '../../domain/prosecution/prosecution-step-type';
import { ReceptionStepType } from '../../domain/reception/reception-step-type';
import { RescueStepType } from '../../domain/rescue/rescue-step-type';
import { TipStepType } from '../../domain/tip/tip-step-type';
import { caseOfTip, caseProcess, ensureCaseProcess, ensureCharge, ensureClosed, ensureTip } from './demo-case-steps';
import { DemoProcessDriver } from './demo-process-driver';

/** What a scenario left behind, to find it in the API. */
export interface DemoScenarioResult {
  scenario: string;
  description: string;
  tipReference: string;
  caseReference?: string;
  processIds: string[];
}

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const procuracyNotice = (tipReference: string) => ({ documentNumber: `TB-${tipReference.slice(-6)}/CSĐT` });

/** A new tip, notified to the procuracy; the investigation agency is verifying it (20 days from receipt). */
async function tipBeingVerified(drive: DemoProcessDriver): Promise<DemoScenarioResult> {
  const tip = await ensureTip(drive, 'DEMO-HOTLINE-0001', {
    channel: 'HOTLINE_111',
    receivedAt: daysAgo(1),
    summary: 'Người gọi báo một thiếu nữ ở thôn 3 được hứa việc làm lương cao bên kia biên giới, gia đình mất liên lạc hai ngày nay',
    location: 'xã Thuận An',
    urgency: 'NORMAL',
  });
  await drive.completeStep(tip.processId, TipStepType.NOTIFY_PROCURACY, procuracyNotice(tip.reference));
  return { scenario: 'tip-verifying', description: 'A tip being verified', tipReference: tip.reference, processIds: [tip.processId] };
}

/**
 * A tip received 30 days ago and never acted on: both its periods ran out long ago, so the whole escalation ladder
 * (agency head, standing office, leadership) fires at once and stays open until someone acknowledges it.
 */
async function overdueTip(drive: DemoProcessDriver): Promise<DemoScenarioResult> {
  const tip = await ensureTip(drive, 'DEMO-COMMUNE-0002', {
    channel: 'COMMUNE_POLICE',
    receivedAt: daysAgo(30),
    summary: 'Công an xã chuyển tin: một nhóm môi giới tuyển lao động nữ đi làm ở khu casino, đã có ba người đi chưa về',
    location: 'xã Đắk Wil',
    urgency: 'NORMAL',
  });
  return {
    scenario: 'tip-overdue',
    description: 'An overdue tip with its escalations open',
    tipReference: tip.reference,
    processIds: [tip.processId],
  };
}

/** An urgent tip: the standing office decided to rescue in Cambodia; the rescue is planned and asks Mondulkiri. */
async function rescueUpToTheRequest(drive: DemoProcessDriver, externalReference: string, location: string, days: number) {
  const tip = await ensureTip(drive, externalReference, {
    channel: 'HOTLINE_111',
    receivedAt: daysAgo(days),
    summary: 'Người nhà báo con gái bị giữ tại một khu casino ở Mondulkiri, bị ép làm việc và đòi tiền chuộc',
    location,
    urgency: 'URGENT',
    victimInDanger: true,
  });
  await drive.completeStep(tip.processId, TipStepType.URGENT_RESCUE_DECISION, {
    rescueStarted: true,
    victimAbroad: true,
    borderArea: true,
    note: 'Nạn nhân đang gặp nguy hiểm ở nước ngoài: giải cứu ngay',
  });
  await drive.completeStep(tip.processId, TipStepType.NOTIFY_PROCURACY, procuracyNotice(tip.reference));
  const caseReference = await caseOfTip(drive, tip);
  const rescueId = await caseProcess(drive, caseReference, 'RESCUE');
  await drive.completeStep(rescueId, RescueStepType.PLAN, { planNumber: `KH-GC-${tip.reference.slice(-6)}`, plannedStartAt: daysAgo(-3) }, 2);
  await drive.completeStep(rescueId, RescueStepType.SEND_COOPERATION_REQUEST, { channel: 'BORDER_LIAISON' });
  await drive.advanceTo(rescueId, RescueStepType.RECORD_COOPERATION_REPLY, {}, []);
  return { tip, caseReference, rescueId };
}

async function rescueAwaitingMondulkiri(drive: DemoProcessDriver): Promise<DemoScenarioResult> {
  const { tip, caseReference, rescueId } = await rescueUpToTheRequest(drive, 'DEMO-HOTLINE-0003', 'Mondulkiri, Campuchia', 1);
  return {
    scenario: 'rescue-awaiting-mondulkiri',
    description: "A rescue waiting for Mondulkiri's reply",
    tipReference: tip.reference,
    caseReference,
    processIds: [tip.processId, rescueId],
  };
}

/** A rescue that brought back two people (one a child), each now in the provincial shelter. */
async function twoVictimsInShelter(drive: DemoProcessDriver): Promise<DemoScenarioResult> {
  const { tip, caseReference, rescueId } = await rescueUpToTheRequest(drive, 'DEMO-HOTLINE-0004', 'Mondulkiri, Campuchia (giáp xã Quảng Trực)', 2);
  await drive.completeStep(rescueId, RescueStepType.RECORD_COOPERATION_REPLY, { reply: 'AGREED', note: 'Cảnh sát Mondulkiri đồng ý phối hợp' });
  await drive.completeStep(rescueId, RescueStepType.SIGN_OFF_OPERATION, { signedOffAt: new Date().toISOString(), result: 'SUCCESS' }, 2);
  await drive.completeStep(rescueId, RescueStepType.ESSENTIAL_NEEDS);
  await drive.completeStep(rescueId, RescueStepType.RECORD_PERSONS, { adults: 1, children: 1, homeCommuneCode: 'UBND_XA_QUANG_TRUC' });
  await drive.completeStep(tip.processId, TipStepType.VERIFY, {
    decision: 'CONFIRMED',
    findings: 'Xác minh: có dấu hiệu mua bán người qua biên giới',
  });
  const receptions = [await caseProcess(drive, caseReference, 'RECEPTION', 0), await caseProcess(drive, caseReference, 'RECEPTION', 1)];
  const toShelter = { [ReceptionStepType.INITIAL_VERIFICATION]: { isVictim: true, hasVictimPaper: false } };
  await Promise.all(receptions.map((id) => drive.advanceTo(id, ReceptionStepType.SHELTER, toShelter)));
  return {
    scenario: 'two-victims-in-shelter',
    description: 'Two rescued victims (one a child) in the shelter',
    tipReference: tip.reference,
    caseReference,
    processIds: [tip.processId, rescueId, ...receptions],
  };
}

/** A confirmed tip whose case is charged (art. 150 cl. 2) and prosecuted; the court is preparing the trial. */
async function prosecutionInTrialPreparation(drive: DemoProcessDriver): Promise<DemoScenarioResult> {
  const tip = await ensureTip(drive, 'DEMO-WALKIN-0005', {
    channel: 'WALK_IN',
    receivedAt: daysAgo(2),
    summary: 'Một phụ nữ trốn về được kể lại đường dây đưa người sang Campuchia qua đường mòn, nêu tên hai đối tượng môi giới',
    location: 'xã Quảng Trực',
    urgency: 'NORMAL',
  });
  await drive.completeStep(tip.processId, TipStepType.NOTIFY_PROCURACY, procuracyNotice(tip.reference));
  await drive.completeStep(tip.processId, TipStepType.VERIFY, { decision: 'CONFIRMED', findings: 'Đủ căn cứ khởi tố vụ án' });
  const caseReference = await caseOfTip(drive, tip);
  await ensureCharge(drive, caseReference, { article: 150, clause: 2 });
  const prosecutionId = await ensureCaseProcess(drive, caseReference, { kind: 'PROSECUTION', decidedAt: daysAgo(1) });
  await drive.advanceTo(
    prosecutionId,
    ProsecutionStepType.TRIAL_PREPARATION,
    {
      [ProsecutionStepType.INVESTIGATION]: { conclusion: 'RECOMMEND_PROSECUTION', note: 'Kết luận điều tra, đề nghị truy tố' },
      [ProsecutionStepType.PROCURACY_DECISION]: { decision: 'PROSECUTE', note: 'Quyết định truy tố' },
    },
    [ProsecutionStepType.INVESTIGATION, ProsecutionStepType.PROCURACY_DECISION, ProsecutionStepType.VICTIM_INFORMATION],
  );
  return {
    scenario: 'prosecution-trial-preparation',
    description: 'A prosecution in trial preparation',
    tipReference: tip.reference,
    caseReference,
    processIds: [tip.processId, prosecutionId],
  };
}

/** A person who came home on her own and reported to the commune police: received, supported, home; case closed. */
async function closedCase(drive: DemoProcessDriver): Promise<DemoScenarioResult> {
  const tip = await ensureTip(drive, 'DEMO-COMMUNE-0006', {
    channel: 'COMMUNE_POLICE',
    receivedAt: daysAgo(2),
    summary: 'Một phụ nữ tự trở về từ Campuchia, trình báo Công an xã, khai bị lừa bán sang làm việc không lương',
    location: 'xã Thuận An',
    urgency: 'NORMAL',
  });
  await drive.completeStep(tip.processId, TipStepType.NOTIFY_PROCURACY, procuracyNotice(tip.reference));
  await drive.completeStep(tip.processId, TipStepType.VERIFY, { decision: 'CONFIRMED', findings: 'Xác định là nạn nhân bị mua bán' });
  const caseReference = await caseOfTip(drive, tip);
  const receptionId = await ensureCaseProcess(drive, caseReference, {
    kind: 'RECEPTION',
    route: 'SELF_REPORT',
    personLabel: 'NN-TA-01',
    homeCommuneCode: 'UBND_XA_THUAN_AN',
    receivingAgencyCode: 'CA_XA_THUAN_AN',
  });
  await drive.workUntilClosed(receptionId, {
    [ReceptionStepType.INITIAL_VERIFICATION]: { isVictim: true, hasVictimPaper: true },
    [ReceptionStepType.SHELTER]: { destination: 'HOME_COMMUNE' },
  });
  await ensureClosed(drive, caseReference, 'Nạn nhân đã về địa phương, được hỗ trợ đầy đủ; đóng hồ sơ');
  return {
    scenario: 'closed-case',
    description: 'A closed case',
    tipReference: tip.reference,
    caseReference,
    processIds: [tip.processId, receptionId],
  };
}

export const DEMO_SCENARIOS: ReadonlyArray<(drive: DemoProcessDriver) => Promise<DemoScenarioResult>> = [
  tipBeingVerified,
  overdueTip,
  rescueAwaitingMondulkiri,
  twoVictimsInShelter,
  prosecutionInTrialPreparation,
  closedCase,
];
