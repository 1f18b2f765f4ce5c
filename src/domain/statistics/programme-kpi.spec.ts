import { programmeKpi } from './programme-kpi';

describe('programmeKpi', () => {
  it('meets an "at least" target at the target itself', () => {
    expect(programmeKpi('casesProsecuted', 19, 20)).toMatchObject({ percent: 95, targetPercent: 95, comparison: 'AT_LEAST', met: true });
    expect(programmeKpi('casesProsecuted', 18, 20)).toMatchObject({ percent: 90, met: false });
    expect(programmeKpi('tipsReceived', 3, 3)).toMatchObject({ percent: 100, met: true });
    expect(programmeKpi('tipsReceived', 2, 3)).toMatchObject({ percent: 66.7, met: false });
  });

  it('meets a "more than" target only above it, judged on the exact ratio', () => {
    expect(programmeKpi('tipsResolved', 9, 10)).toMatchObject({ percent: 90, comparison: 'MORE_THAN', met: false });
    expect(programmeKpi('tipsResolved', 9001, 10000)).toMatchObject({ percent: 90, met: true });
    expect(programmeKpi('tipsResolved', 899, 1000)).toMatchObject({ percent: 89.9, met: false });
  });

  it('has no verdict when there is nothing to measure or no target', () => {
    expect(programmeKpi('casesTried', 0, 0)).toEqual({
      key: 'casesTried',
      numerator: 0,
      denominator: 0,
      percent: null,
      targetPercent: 90,
      comparison: 'AT_LEAST',
      met: null,
    });
    expect(programmeKpi('deadlineCompliance', 3, 4)).toMatchObject({ percent: 75, targetPercent: null, comparison: null, met: null });
  });
});
