import { labelRescuedPersons } from './rescued-persons';

describe('labelRescuedPersons', () => {
  it('labels adults first, then children, flagging the children', () => {
    expect(labelRescuedPersons(2, 1, 'UBND_XA_QUANG_TRUC')).toEqual([
      { label: 'V1', child: false, homeCommuneCode: 'UBND_XA_QUANG_TRUC' },
      { label: 'V2', child: false, homeCommuneCode: 'UBND_XA_QUANG_TRUC' },
      { label: 'V3', child: true, homeCommuneCode: 'UBND_XA_QUANG_TRUC' },
    ]);
  });

  it('returns nobody for zero counts', () => {
    expect(labelRescuedPersons(0, 0, null)).toEqual([]);
  });
});
