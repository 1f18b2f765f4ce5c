import { Confidence, DeadlineNature, EscalationTarget } from '../../domain/deadline-catalogue';
import { DURATION_UNITS } from '../../domain/duration';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { SEVERITIES } from '../../domain/prosecution/prosecution-deadline-keys';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { TaskStatus } from '../../domain/task-status';
import { TipStatus } from '../../domain/tip/tip-status';
import { TIP_CHANNELS } from '../tips/tip-channel';
import { AGENCY_KINDS } from '../agencies/agency-kinds';
import { labelsCatalogue } from './labels-catalogue';

const values = (list: { value: string }[]) => list.map((l) => l.value).sort();

describe('labelsCatalogue', () => {
  const labels = labelsCatalogue();

  it('labels every value of the enumerations the code defines, and no other', () => {
    expect(values(labels.taskStatuses)).toEqual(Object.values(TaskStatus).sort());
    expect(values(labels.tipStatuses)).toEqual(Object.values(TipStatus).sort());
    expect(values(labels.tipChannels)).toEqual([...TIP_CHANNELS].sort());
    expect(values(labels.roles)).toEqual(Object.values(Role).sort());
    expect(values(labels.errorCodes)).toEqual(Object.values(ErrorCode).sort());
    expect(values(labels.severities)).toEqual([...SEVERITIES].sort());
    expect(values(labels.durationUnits)).toEqual([...DURATION_UNITS].sort());
    expect(values(labels.agencyKinds)).toEqual([...AGENCY_KINDS].sort());
    expect(values(labels.stepTypes)).toEqual(Object.keys(STEP_DEFINITIONS).sort());
    const natures: DeadlineNature[] = ['LAW', 'POLICY'];
    const confidences: Confidence[] = ['TEXT', 'SECOND_HAND', 'UNVERIFIED', 'POLICY'];
    const targets: EscalationTarget[] = ['AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'];
    expect(values(labels.deadlineNatures)).toEqual(natures.sort());
    expect(values(labels.confidences)).toEqual(confidences.sort());
    expect(values(labels.escalationTargets)).toEqual(targets.sort());
  });

  it('has two different, non-empty texts for every value', () => {
    for (const list of Object.values(labels))
      for (const label of list as { value: string; vi: string; en: string }[]) {
        expect([label.value, label.vi.length > 0, label.en.length > 0]).toEqual([label.value, true, true]);
      }
  });
});
