import { arrivalStages } from './arrival-stages';
import { communeCommittee, supportAgency } from './reception-agencies';
import { needsFollowUp, needsTransfer, receptionOutcome } from './reception-result';
import { ReceptionStepType as S } from './reception-step-type';
import { ShelterDestination } from './shelter-destination';
import { SupportKind } from './support-kind';

const flat = (stages: { stepType: string; agencyCode: string }[][]) => stages.map((s) => s.map((x) => `${x.stepType}@${x.agencyCode}`));

describe('reception routing', () => {
  it('hands a returnee over at the border to border guard and immigration together, then to the reception point', () => {
    expect(flat(arrivalStages({ route: 'BORDER_HANDOVER', arrivalCommittee: 'UBND_XA_DAK_WIL' }))).toEqual([
      [`${S.BORDER_GUARD_HANDOVER}@DBP_DAK_PEUR`, `${S.IMMIGRATION_HANDOVER}@CA_TINH_XNC`],
      [`${S.TO_RECEPTION_POINT}@DBP_DAK_PEUR`],
    ]);
    expect(arrivalStages({ route: 'BORDER_HANDOVER', arrivalCommittee: 'x', borderPostCode: 'BDBP_TINH' })[1][0].agencyCode).toBe('BDBP_TINH');
  });

  it('has the agency a person reported to bring them to the commune committee, which notifies health (art. 27(1))', () => {
    expect(flat(arrivalStages({ route: 'SELF_REPORT', arrivalCommittee: 'UBND_XA_THUAN_AN', receivingAgencyCode: 'CA_XA_THUAN_AN' }))).toEqual([
      [`${S.SELF_REPORT_ARRIVAL}@CA_XA_THUAN_AN`],
      [`${S.NOTIFY_HEALTH}@UBND_XA_THUAN_AN`],
    ]);
    expect(flat(arrivalStages({ route: 'SELF_REPORT', arrivalCommittee: 'UBND_XA_THUAN_AN' }))[0]).toEqual([
      `${S.SELF_REPORT_ARRIVAL}@UBND_XA_THUAN_AN`,
    ]);
  });

  it('brings a person rescued abroad through the gate: border guard, then the certificate of return, then health', () => {
    const stages = arrivalStages({ route: 'RESCUED', arrivalCommittee: 'x', rescuedAbroad: true });
    expect(flat(stages)).toEqual([
      [`${S.BORDER_GUARD_HANDOVER}@DBP_DAK_PEUR`],
      [`${S.RETURN_CERTIFICATE}@CA_TINH_XNC`],
      [`${S.TO_RECEPTION_POINT}@DBP_DAK_PEUR`],
    ]);
    expect(stages[1][0].deadlineKey).toBe(S.IMMIGRATION_HANDOVER);
  });

  it('has the police hand a rescued person over', () => {
    expect(flat(arrivalStages({ route: 'RESCUED', arrivalCommittee: 'x' }))).toEqual([[`${S.RESCUED_HANDOVER}@CA_TINH_CSHS`]]);
  });

  it('reads a commune code in any of its forms', () => {
    expect(['UBND_XA_THUAN_AN', 'CA_XA_THUAN_AN', 'thuan_an'].map(communeCommittee)).toEqual(Array(3).fill('UBND_XA_THUAN_AN'));
    expect(communeCommittee(null)).toBeNull();
    expect(communeCommittee('  ')).toBeNull();
  });

  it('sends each support to the agency that provides it', () => {
    const home = 'UBND_XA_DAK_WIL';
    expect(Object.values(SupportKind).map((k) => supportAgency(k, home))).toEqual(['SO_Y_TE', 'SO_Y_TE', 'TTTGPL', home, 'SO_NOI_VU', home]);
  });

  it('ends by where the person went and whether they are a victim', () => {
    expect(receptionOutcome(true, ShelterDestination.HOME_COMMUNE)).toBe('TRANSFERRED_HOME');
    expect(receptionOutcome(true, ShelterDestination.OTHER)).toBe('TRANSFERRED_HOME');
    expect(receptionOutcome(true, ShelterDestination.FACILITY_CARE)).toBe('REFERRED_TO_FACILITY');
    expect(receptionOutcome(false, ShelterDestination.HOME_COMMUNE)).toBe('NOT_A_VICTIM');
    expect(needsTransfer(ShelterDestination.FACILITY_CARE)).toBe(false);
    expect([
      needsFollowUp(true, ShelterDestination.HOME_COMMUNE),
      needsFollowUp(true, ShelterDestination.OTHER),
      needsFollowUp(false, ShelterDestination.HOME_COMMUNE),
    ]).toEqual([true, false, false]);
  });
});
