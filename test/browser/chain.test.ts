import type { Browser, Page } from 'playwright-core';
import { ProsecutionStepType as P } from '../../src/domain/prosecution/prosecution-step-type';
import { ReceptionStepType as R } from '../../src/domain/reception/reception-step-type';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { Role } from '../../src/domain/role';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { sampleOutcome } from '../support/process-driver';
import { startTestSystem, TestSystem } from '../support/test-system';
import { ensureWebAppBuilt, launchBrowser } from './support/browser';
import { expectAccessible } from './support/expect-accessible';
import { fillOutcomeForm } from './support/fill-outcome-form';
import { openOutcomeForm } from './support/open-outcome-form';
import { screenshot } from './support/screenshot';
import { signIn as signInAs } from './support/sign-in';

type Outcome = Record<string, unknown>;

/**
 * The headline: tip → case → rescue → reception → prosecution, every step done by its role through the
 * screens. The coordinator registers an urgent tip on the duty desk; the standing office decides on the rescue in
 * its inbox (which opens the case with the rescue running) and the police confirm the tip in theirs; the rescue's
 * agencies plan, sign off, support and record the rescued person; the reception that starts for that person runs to
 * its end through the inboxes of every agency kind it reaches (police, health, the support facility, home affairs,
 * the home commune); the coordinator starts the prosecution from the case page, where what is another agency's to do
 * is not offered; investigation, procuracy, legal aid and court complete their steps in their inboxes; the
 * coordinator reads the whole timeline and leadership the case's counts on the dashboard. Every effect is read back
 * over the API.
 */
describe('the whole chain through the screens', () => {
  let system: TestSystem;
  let browser: Browser;
  let coordinator: HttpClient;
  let staff: AgencyStaff;
  const pages = new Map<string, Page>();

  let agencyNames = new Map<string, string>();
  const agencyName = (code: string) => agencyNames.get(code) ?? code;
  const signIn = (username: string): Promise<Page> => signInAs(browser, system.http.baseUrl, username);

  /** One signed-in browser per person, kept for the whole chain (each signs in once, through the sign-in screen). */
  async function pageOf(username: string, landing: string): Promise<Page> {
    if (!pages.has(username)) {
      const page = await signIn(username);
      await page.getByRole('heading', { name: landing, level: 1 }).waitFor();
      pages.set(username, page);
    }
    return pages.get(username)!;
  }

  /** The person for an agency's inbox: its officer (or head, for head-only steps), created on first use. */
  async function inboxOf(agencyCode: string, stepType: string): Promise<Page> {
    // A standing-office step (the urgent rescue decision) is the coordinator's, in the standing office's inbox.
    if (STEP_DEFINITIONS[stepType].completerRoles.includes(Role.COORDINATOR)) return pageOf('coordinator', 'Trực ban');
    const head = !STEP_DEFINITIONS[stepType].completerRoles.includes(Role.OFFICER);
    await (head ? staff.head(agencyCode) : staff.officer(agencyCode));
    return pageOf(`${head ? 'head' : 'officer'}-${agencyCode}`, 'Việc cần xử lý');
  }

  /**
   * Claims and completes the open task of a step in the agency's inbox, filling the generated outcome form with a
   * valid outcome plus the given choices, then checks over the API that the task is completed with them.
   */
  async function completeInInbox(page: Page, processId: string, stepType: string, choices: Outcome = {}): Promise<any> {
    const task = await eventually(async () => {
      const tasks = (await coordinator.get(`/tasks?processId=${processId}&stepType=${stepType}&state=open`)).body;
      return tasks[0];
    }, `the open ${stepType} task`);
    const row = page.locator(`tr[data-step-type="${stepType}"]`).first();
    const form = await openOutcomeForm(page, system.http.baseUrl, row, stepType);
    const outcome = sampleOutcome(STEP_DEFINITIONS[stepType].outcome, choices);
    await fillOutcomeForm(page, form, 'outcome', stepType, outcome, agencyName);
    await form.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã hoàn thành việc.' }).waitFor();
    const done = await eventually(async () => {
      const body = (await coordinator.get(`/tasks/${task.id}`)).body;
      return body.status === 'COMPLETED' && body;
    }, `${stepType} completed`);
    expect(done.outcome).toMatchObject(choices);
    return done;
  }

  beforeAll(async () => {
    ensureWebAppBuilt();
    system = await startTestSystem();
    browser = await launchBrowser();
    coordinator = await system.as('coordinator');
    staff = new AgencyStaff(system);
    agencyNames = new Map(((await coordinator.get('/agencies')).body as any[]).map((a) => [a.code, a.nameVi]));
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('tip → case → rescue → reception → prosecution, each role through its screens', async () => {
    // 1. The coordinator registers an urgent tip on the duty desk: a victim in danger now.
    const desk = await pageOf('coordinator', 'Trực ban');
    await desk.getByRole('radio', { name: 'Có' }).first().check();
    await desk.getByLabel('Nội dung nguồn tin').fill('Một thiếu niên bị giữ tại một cơ sở massage, đang bị đe dọa');
    await desk.getByLabel('Địa điểm').fill('Thị xã Gia Nghĩa');
    await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    const registered = await desk.getByRole('status').filter({ hasText: 'Đã tiếp nhận nguồn tin' }).textContent();
    const tipReference = /TIP-[\w-]+/.exec(registered ?? '')![0];
    const tip = await eventually(async () => (await coordinator.get('/tips')).body.find((t: any) => t.reference === tipReference), 'the tip');
    expect(tip).toMatchObject({ victimInDanger: true, urgency: 'URGENT' });

    // 2. The standing office decides to rescue now (its inbox): the case opens with a rescue running in it.
    await completeInInbox(await inboxOf('BCD_VPTT', TipStepType.URGENT_RESCUE_DECISION), tip.processId, TipStepType.URGENT_RESCUE_DECISION, {
      rescueStarted: true,
    });
    const opened = await eventually(async () => {
      const cases = (await coordinator.get('/cases')).body;
      for (const item of cases) {
        const full = (await coordinator.get(`/cases/${item.reference}`)).body;
        if (full.tipIds?.includes(tip.id) && full.processes?.some((p: any) => p.kind === 'RESCUE')) return full;
      }
      return undefined;
    }, 'the case opened by the urgent rescue');
    const reference: string = opened.reference;
    const rescueId: string = opened.processes.find((p: any) => p.kind === 'RESCUE').processId;

    // 3. The police confirm the tip (their inbox): it joins the same case; the procuracy is notified.
    const police = await inboxOf('CA_TINH_CSDT', TipStepType.VERIFY);
    await completeInInbox(police, tip.processId, TipStepType.NOTIFY_PROCURACY);
    await completeInInbox(police, tip.processId, TipStepType.VERIFY, { decision: 'CONFIRMED' });
    await eventually(
      async () => (await coordinator.get('/tips')).body.find((t: any) => t.reference === tipReference)?.status === 'CONFIRMED',
      'the confirmed tip',
    );
    expect((await coordinator.get('/cases')).body.filter((c: any) => c.reference === reference)).toHaveLength(1);

    // 4. The rescue: the criminal police plan and sign off, health supports essential needs, the police record one person.
    const rescuePolice = await inboxOf('CA_TINH_CSHS', RescueStepType.PLAN);
    await completeInInbox(rescuePolice, rescueId, RescueStepType.PLAN);
    await completeInInbox(rescuePolice, rescueId, RescueStepType.SIGN_OFF_OPERATION, { result: 'SUCCESS' });
    await completeInInbox(await inboxOf('SO_Y_TE', RescueStepType.ESSENTIAL_NEEDS), rescueId, RescueStepType.ESSENTIAL_NEEDS);
    await completeInInbox(rescuePolice, rescueId, RescueStepType.RECORD_PERSONS, { adults: 1, children: 0, homeCommuneCode: 'UBND_XA_QUANG_TRUC' });
    const afterRescue = await eventually(async () => {
      const full = (await coordinator.get(`/cases/${reference}`)).body;
      const rescue = full.processes.find((p: any) => p.processId === rescueId);
      const reception = full.processes.find((p: any) => p.kind === 'RECEPTION');
      return rescue?.status === 'COMPLETED' && reception && full;
    }, 'the rescue completed and a reception started for the rescued person');
    const reception = afterRescue.processes.find((p: any) => p.kind === 'RECEPTION');
    expect(reception.personLabel).toMatch(/V1$/);

    // 5. The reception: the police hand the person to health, health verifies (a victim with a paper: no formal
    // identification) and plans one support, home affairs provides it, the support facility shelters the person until
    // they go home, health transfers them to the home commune, and the commune follows up.
    await completeInInbox(rescuePolice, reception.processId, R.RESCUED_HANDOVER);
    const health = await inboxOf('SO_Y_TE', R.INITIAL_VERIFICATION);
    await completeInInbox(health, reception.processId, R.INITIAL_VERIFICATION, { isVictim: true, hasVictimPaper: true });
    await completeInInbox(health, reception.processId, R.SUPPORT_PLAN, { vocational: true });
    const vocational = await completeInInbox(await inboxOf('SO_NOI_VU', R.SUPPORT_VOCATIONAL), reception.processId, R.SUPPORT_VOCATIONAL);
    expect(vocational.agencyCode).toBe('SO_NOI_VU');
    await completeInInbox(await inboxOf('CSTGXH_TINH', R.SHELTER), reception.processId, R.SHELTER, { destination: 'HOME_COMMUNE' });
    await completeInInbox(health, reception.processId, R.TRANSFER_HOME);
    const followUp = await completeInInbox(await inboxOf('UBND_XA_QUANG_TRUC', R.FOLLOW_UP), reception.processId, R.FOLLOW_UP, {
      situation: 'STABLE',
    });
    expect(followUp.agencyCode).toBe('UBND_XA_QUANG_TRUC');
    await eventually(
      async () =>
        (await coordinator.get(`/cases/${reference}`)).body.processes.find((p: any) => p.processId === reception.processId)?.status === 'COMPLETED',
      'the reception completed',
    );
    const receptionTasks = (await coordinator.get(`/tasks?processId=${reception.processId}`)).body;
    expect(receptionTasks.every((t: any) => t.status === 'COMPLETED')).toBe(true);
    expect(new Set(receptionTasks.map((t: any) => t.agencyCode))).toEqual(
      new Set(['CA_TINH_CSHS', 'SO_Y_TE', 'SO_NOI_VU', 'CSTGXH_TINH', 'UBND_XA_QUANG_TRUC']),
    );

    // 6. The coordinator starts the prosecution from the case page.
    const casePage = await pageOf('coordinator', 'Trực ban');
    await casePage.goto(`${system.http.baseUrl}/case/${reference}`);
    await casePage.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
    const kinds = (await coordinator.get('/labels')).body.processKinds;
    const kindWord = (kind: string) => kinds.find((l: any) => l.value === kind).vi;
    // The prosecution needs the charge first: the page says so, the coordinator sets it.
    const start = casePage.getByTestId('start-process');
    await start.getByRole('radio', { name: kindWord('PROSECUTION') }).check();
    await start.getByRole('button', { name: 'Khởi động quy trình' }).click();
    await start
      .getByRole('alert')
      .getByText(/Cần cập nhật tội danh/)
      .waitFor();
    await casePage.getByLabel('Điều', { exact: true }).selectOption('150');
    await casePage.getByLabel('Khoản', { exact: true }).selectOption('2');
    await casePage.getByRole('button', { name: 'Cập nhật tội danh' }).click();
    await casePage.getByText('Điều 150 khoản 2 BLHS').waitFor();
    await start.getByRole('radio', { name: kindWord('PROSECUTION') }).check();
    await start.getByRole('button', { name: 'Khởi động quy trình' }).click();
    await casePage
      .getByRole('status')
      .filter({ hasText: `Đã khởi động quy trình ${kindWord('PROSECUTION')}` })
      .waitFor();
    const prosecutionId: string = await eventually(
      async () => (await coordinator.get(`/cases/${reference}`)).body.processes.find((p: any) => p.kind === 'PROSECUTION')?.processId,
      'the prosecution in the case',
    );

    // 7. Investigation → procuracy → court, with the victim informed and legal aid assigned alongside.
    const investigators = await inboxOf('CA_TINH_CSDT', P.INVESTIGATION);
    await completeInInbox(investigators, prosecutionId, P.VICTIM_INFORMATION);
    await completeInInbox(await inboxOf('TTTGPL', P.LEGAL_AID), prosecutionId, P.LEGAL_AID);
    await completeInInbox(investigators, prosecutionId, P.INVESTIGATION, { conclusion: 'RECOMMEND_PROSECUTION' });
    const procuracy = await inboxOf('VKS_TINH', P.PROCURACY_DECISION);
    await completeInInbox(procuracy, prosecutionId, P.PROCURACY_DECISION, { decision: 'PROSECUTE' });
    await completeInInbox(procuracy, prosecutionId, P.NOTIFY_DECISION);
    const court = await inboxOf('TOA_TINH', P.TRIAL_PREPARATION);
    await completeInInbox(court, prosecutionId, P.TRIAL_PREPARATION, { decision: 'TRY' });
    await completeInInbox(court, prosecutionId, P.OPEN_HEARING);
    await completeInInbox(court, prosecutionId, P.RECORD_VERDICT, { verdict: 'CONVICTED' });
    await eventually(
      async () =>
        (await coordinator.get(`/cases/${reference}`)).body.processes.find((p: any) => p.processId === prosecutionId)?.status === 'COMPLETED',
      'the prosecution completed',
    );

    // 8. The coordinator reads the whole story on the case page: every process and one timeline across them.
    await casePage.reload();
    await casePage.getByRole('heading', { name: `Hồ sơ ${reference}`, level: 1 }).waitFor();
    for (const kind of ['RESCUE', 'RECEPTION', 'PROSECUTION']) await casePage.locator(`tr[data-process-kind="${kind}"]`).first().waitFor();
    const timeline = casePage.getByTestId('case-timeline');
    await timeline.locator('[data-event-type="URGENT_RESCUE_STARTED"], [data-event-type="CASE_JOINED"]').first().waitFor();
    const shown = await timeline.locator('[data-event-type]').evaluateAll((items) => items.map((i) => i.getAttribute('data-event-type')));
    const api = (await coordinator.get(`/cases/${reference}`)).body;
    expect(shown).toEqual([...api.timeline].reverse().map((e: any) => e.type));
    expect(shown).toEqual(expect.arrayContaining(['CHILD_STARTED', 'PERSONS_RESCUED', 'TASK_COMPLETED', 'CHILD_CLOSED']));
    await expectAccessible(casePage, 'case page after the whole chain');
    await screenshot(casePage, 'chain-case-page');

    // 9. Leadership sees the case's counts on the dashboard: the API's figures for this month.
    const leadership = await pageOf('leadership', 'Tổng hợp, thống kê');
    const figures = leadership.waitForResponse((response) => new URL(response.url()).pathname === '/statistics');
    await leadership.reload();
    const request = new URL((await figures).url());
    const stats = (await (await system.as('leadership')).get(`/statistics${request.search}`)).body;
    expect(stats.rescues.carriedOut).toBeGreaterThanOrEqual(1);
    expect(stats.prosecution.casesProsecuted).toBeGreaterThanOrEqual(1);
    expect(stats.prosecution.casesTried).toBeGreaterThanOrEqual(1);
    const outcomes = leadership.getByTestId('outcome-figures');
    await outcomes.waitFor();
    const figure = async (key: string) =>
      Number((await outcomes.locator(`tr[data-row="${key}"] td[data-column]`).first().textContent())!.replace(/\./g, ''));
    expect(await figure('rescues')).toBe(stats.rescues.carriedOut);
    expect(await figure('casesProsecuted')).toBe(stats.prosecution.casesProsecuted);
    expect(await figure('casesTried')).toBe(stats.prosecution.casesTried);
    await expectAccessible(leadership, 'dashboard after the chain');

    for (const page of pages.values()) await page.context().close();
  }, 600_000);
});
