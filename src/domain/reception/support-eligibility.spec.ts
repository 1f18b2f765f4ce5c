import { decideSupports, ELIGIBLE_SUPPORTS, SupportCategory, supportCategory } from './support-eligibility';
import { SupportKind } from './support-kind';

const ALL = Object.values(SupportKind);
const { MEDICAL, PSYCHOLOGICAL, LEGAL_AID, EDUCATION, VOCATIONAL, ALLOWANCE } = SupportKind;

describe('support eligibility (Law 53/2024 art. 37)', () => {
  it('gives an identified Vietnamese victim every support (cl. 1)', () => {
    expect(decideSupports(ALL, { identified: true, foreignNational: false })).toEqual({ start: ALL, awaitIdentification: [], refused: [] });
  });

  it('holds back education, vocational training and the allowance while identification is pending (cl. 3)', () => {
    expect(decideSupports(ALL, { identified: null, foreignNational: false })).toEqual({
      start: [MEDICAL, PSYCHOLOGICAL, LEGAL_AID],
      awaitIdentification: [EDUCATION, VOCATIONAL, ALLOWANCE],
      refused: [],
    });
  });

  it('refuses what only victims receive once identification found no victim', () => {
    expect(decideSupports([MEDICAL, EDUCATION], { identified: false, foreignNational: false })).toEqual({
      start: [MEDICAL],
      awaitIdentification: [],
      refused: [EDUCATION],
    });
  });

  it('never gives a foreigner education, vocational training or the allowance (cl. 4)', () => {
    for (const identified of [true, null])
      expect(decideSupports(ALL, { identified, foreignNational: true })).toEqual({
        start: [MEDICAL, PSYCHOLOGICAL, LEGAL_AID],
        awaitIdentification: [],
        refused: [EDUCATION, VOCATIONAL, ALLOWANCE],
      });
  });

  it('follows the clauses for accompanying minors and persons identified abroad', () => {
    expect(ELIGIBLE_SUPPORTS[SupportCategory.ACCOMPANYING_MINOR]).toEqual([MEDICAL, PSYCHOLOGICAL, LEGAL_AID, EDUCATION]);
    expect(ELIGIBLE_SUPPORTS[SupportCategory.BEING_IDENTIFIED_ABROAD]).toEqual([MEDICAL]);
  });

  it('asks nothing that was not requested', () => {
    expect(decideSupports([], { identified: true, foreignNational: false })).toEqual({ start: [], awaitIdentification: [], refused: [] });
    expect(supportCategory({ identified: false, foreignNational: false })).toBe(SupportCategory.BEING_IDENTIFIED_IN_COUNTRY);
  });
});
