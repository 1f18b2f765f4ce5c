import { legalTask } from '../../../test/support/legal-task';
import type { Actor } from '../actor';
import { ErrorCode } from '../error-code';
import { severityDeadlineKey, SeverityDependentPeriod as P } from '../prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from '../prosecution/prosecution-step-type';
import { Role } from '../role';
import { TaskStatus } from '../task-status';
import { TipStepType } from '../tip/tip-step-type';
import { checkRestorationDecision, checkSuspensionDecision, localDate } from './check-suspension';
import { INVESTIGATION_SUSPENSION_GROUNDS, SUSPENDABLE_STEPS, TIP_SUSPENSION_GROUNDS } from './suspension-grounds';

const at = Date.parse;
const head: Actor = { userId: 'h', agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] };
const officer: Actor = { userId: 'o', agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] };
const otherHead: Actor = { userId: 'x', agencyCode: 'VKS_TINH', roles: [Role.AGENCY_HEAD] };
const decision = (groundCode: string, decidedOn = '2026-12-09') => ({ groundCode, decisionNumber: '07/QĐ', decidedOn, signer: 'Thủ trưởng' });

// A tip received on Wednesday 18 Nov 2026 at 10:00: its 20 days end on Tuesday 8 Dec at 24:00 (2026-12-08T17:00Z).
const tip = () => legalTask(TipStepType.VERIFY, '2026-11-18T10:00:00+07:00');
// An investigation decided on 15 Dec 2026: its 4 months end on 15 Apr 2027 at 24:00.
const investigation = () =>
  legalTask(severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS'), '2026-12-15T09:00:00+07:00', 'CA_TINH_CSDT', ProsecutionStepType.INVESTIGATION);

describe('suspension as a decision on a ground the law lists (BLTTHS art. 148, 229)', () => {
  it('lists each article’s grounds with Vietnamese and English labels and the article, only 229(1)(b) before the end', () => {
    for (const g of [...TIP_SUSPENSION_GROUNDS, ...INVESTIGATION_SUSPENSION_GROUNDS]) {
      expect(g.label.vi.length).toBeGreaterThan(10);
      expect(g.label.en.length).toBeGreaterThan(10);
      expect(g.article.vi).toMatch(/^Điểm [abc] khoản 1 Điều (148|229) BLTTHS 2015$/);
    }
    expect([...TIP_SUSPENSION_GROUNDS, ...INVESTIGATION_SUSPENSION_GROUNDS].filter((g) => g.beforePeriodEnd).map((g) => g.code)).toEqual([
      'ACCUSED_ILL',
    ]);
    expect(Object.keys(SUSPENDABLE_STEPS).sort()).toEqual(
      [TipStepType.VERIFY, TipStepType.VERIFY_AFTER_RESUMPTION, ProsecutionStepType.INVESTIGATION].sort(),
    );
  });

  it('refuses a tip’s suspension before the 20 days have run out and accepts it at their end', () => {
    const task = tip();
    expect(task.dueAt).toBe(at('2026-12-08T17:00:00Z'));
    const early = checkSuspensionDecision(task, head, decision('TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING', '2026-12-08'), at('2026-12-08T16:59:59Z'));
    expect(early).toEqual({ code: ErrorCode.SUSPENSION_NOT_ALLOWED, message: expect.stringContaining('148(1)(a)') });
    expect(checkSuspensionDecision(task, head, decision('TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING'), at('2026-12-08T17:00:00Z'))).toBeNull();
    expect(checkSuspensionDecision(task, head, decision('TIP_FORCE_MAJEURE'), at('2027-01-20T03:00:00Z'))).toBeNull();
  });

  it('counts the end from the extended period: an extension granted moves the moment a suspension becomes possible', () => {
    const task = tip();
    task.dueAt = at('2027-01-18T17:00:00Z');
    expect(checkSuspensionDecision(task, head, decision('TIP_DOCUMENTS_NOT_RECEIVED', '2026-12-10'), at('2026-12-10T02:00:00Z'))?.code).toBe(
      ErrorCode.SUSPENSION_NOT_ALLOWED,
    );
  });

  it('lets an investigation be suspended before its end only for a forensic finding of illness (229(1)(b))', () => {
    const task = investigation();
    const now = at('2027-01-05T03:00:00Z');
    expect(task.dueAt).toBeGreaterThan(now);
    expect(checkSuspensionDecision(task, head, decision('ACCUSED_ILL', '2027-01-05'), now)).toBeNull();
    for (const ground of ['ACCUSED_NOT_IDENTIFIED', 'ACCUSED_NOT_FOUND', 'INVESTIGATION_MUTUAL_LEGAL_ASSISTANCE_PENDING'])
      expect(checkSuspensionDecision(task, head, decision(ground, '2027-01-05'), now)?.message).toMatch(/229\(1\)\([ac]\).*run out/);
    expect(checkSuspensionDecision(task, head, decision('ACCUSED_NOT_FOUND', '2027-04-16'), task.dueAt)).toBeNull();
  });

  it('refuses a ground of another article, a step the law does not suspend, a closed task, and anyone but the head of the agency', () => {
    const after = at('2026-12-09T03:00:00Z');
    expect(checkSuspensionDecision(tip(), head, decision('ACCUSED_ILL'), after)?.message).toMatch(/not a ground of BLTTHS 2015 art. 148/);
    const notice = legalTask(TipStepType.NOTIFY_PROCURACY, '2026-11-18T10:00:00+07:00');
    expect(checkSuspensionDecision(notice, head, decision('TIP_FORCE_MAJEURE'), after)?.code).toBe(ErrorCode.SUSPENSION_NOT_ALLOWED);
    expect(checkSuspensionDecision(tip(), officer, decision('TIP_FORCE_MAJEURE'), after)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkSuspensionDecision(tip(), otherHead, decision('TIP_FORCE_MAJEURE'), after)?.code).toBe(ErrorCode.FORBIDDEN);
    const closed = { ...tip(), status: TaskStatus.COMPLETED };
    expect(checkSuspensionDecision(closed, head, decision('TIP_FORCE_MAJEURE'), after)?.code).toBe(ErrorCode.TASK_NOT_OPEN);
  });

  it('refuses a decision dated after today in the province, or not a date', () => {
    // 9 Dec 2026 at 23:30 in the province is still 16:30Z: the 10th is tomorrow.
    const now = at('2026-12-09T16:30:00Z');
    expect(localDate(now)).toBe('2026-12-09');
    expect(checkSuspensionDecision(tip(), head, decision('TIP_FORCE_MAJEURE', '2026-12-10'), now)?.message).toMatch(/after today/);
    expect(checkSuspensionDecision(tip(), head, decision('TIP_FORCE_MAJEURE', '2026-13-45'), now)?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(localDate(at('2026-12-09T17:00:00Z'))).toBe('2026-12-10');
  });

  it('restores only on the review of a suspended tip, decided by the head of the agency holding it', () => {
    const review = legalTask(TipStepType.REVIEW_SUSPENSION, '2026-12-09T10:00:00+07:00');
    const now = at('2026-12-20T03:00:00Z');
    const record = { decisionNumber: '09/QĐ', decidedOn: '2026-12-20', signer: 'Thủ trưởng' };
    expect(checkRestorationDecision(review, head, record, now)).toBeNull();
    expect(checkRestorationDecision(review, officer, record, now)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkRestorationDecision(tip(), head, record, now)?.code).toBe(ErrorCode.SUSPENSION_NOT_ALLOWED);
  });
});
