import { BORDER_GUARD_AGENCY, operatingAgencies, RESCUE_POLICE_AGENCY } from './rescue-agencies';

describe('operatingAgencies', () => {
  it('is the criminal police alone inland', () => {
    expect(operatingAgencies({ borderArea: false, victimAbroad: false })).toEqual([RESCUE_POLICE_AGENCY]);
  });

  it.each([
    [true, false],
    [false, true],
    [true, true],
  ])('adds the border guard (borderArea %s, victimAbroad %s)', (borderArea, victimAbroad) => {
    expect(operatingAgencies({ borderArea, victimAbroad })).toEqual([RESCUE_POLICE_AGENCY, BORDER_GUARD_AGENCY]);
  });
});
