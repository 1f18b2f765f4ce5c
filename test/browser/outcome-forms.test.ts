import type { Browser, Page } from 'playwright-core';
import { OUTCOME_TEXTS } from '../../src/domain/outcome-text-catalogue';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { rescueWorkflow } from '../../workflows/rescue/rescue.workflow';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { ProcessDriver } from '../support/process-driver';
import { startAsCaseChild } from '../support/start-process';
import type { TestSystem } from '../support/test-system';
import { pickOption } from './support/fill-outcome-form';
import { openOutcomeForm } from './support/open-outcome-form';
import { signIn } from './support/sign-in';
import { withBrowserSystem } from './support/with-browser-system';

/** Codes as the API writes them (AGREED, NOT_POSSIBLE, UBND_XA_QUANG_TRUC): none may reach a Vietnamese screen. */
const CODE = /\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\b/;

/**
 * Every step's outcome form in Vietnamese, in a real browser against the real API: each of the steps GET /steps
 * lists, through the catalogue screen's preview, shows its labels, help and choices in Vietnamese with no English
 * text, schema description or code; agencies and communes are pickers. Then a real rescue: a date typed dd/MM/yyyy
 * HH:mm reaches the API as the province's instant, a refusal names the field by its Vietnamese label, and a commune
 * chosen by its name is accepted.
 */
describe('outcome forms in Vietnamese', () => {
  let system: TestSystem;
  let browser: Browser;
  withBrowserSystem((running) => ({ system, browser } = running));

  const stepsIn = async (client: HttpClient, language: string): Promise<any[]> =>
    (await client.send('GET', '/steps', undefined, { 'accept-language': language })).body;

  it('walks every step’s form: Vietnamese labels, help and choices, no English, no code, pickers for agencies and communes', async () => {
    const admin = await system.as('admin');
    const [vi, en, labels] = await Promise.all([stepsIn(admin, 'vi'), stepsIn(admin, 'en'), admin.get('/labels').then((r) => r.body)]);
    expect(vi.map((s) => s.stepType).sort()).toEqual(Object.keys(STEP_DEFINITIONS).sort());
    const processLabel = (kind: string) => labels.processKinds.find((l: any) => l.value === kind).vi;

    const page = await signIn(browser, system.http.baseUrl, 'admin');
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Danh mục thời hạn' }).click();
    await page.getByRole('heading', { name: 'Danh mục thời hạn', level: 1 }).waitFor();

    // The catalogue in force states its legal bases in Vietnamese: no "art." left.
    const table = page.getByTestId('catalogue-table');
    await table.getByText('Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015').first().waitFor();
    expect(await table.innerText()).not.toMatch(/\bart\.|BLTTHS 2015|Policy|\bLaw \d|Decree/);

    let fields = 0;
    let choices = 0;
    for (const step of vi) {
      const english = en.find((s) => s.stepType === step.stepType);
      await pickOption(
        page,
        page.getByRole('combobox', { name: 'Bước', exact: true }),
        `${processLabel(step.process)} · ${step.title.vi}`,
        step.title.vi,
      );
      const form = page.locator(`[data-testid="step-form-preview"][data-step-type="${step.stepType}"]`);
      await form.waitFor();
      let shown = await form.innerText();
      for (const [name, property] of Object.entries<any>(step.outcomeSchema.properties)) {
        fields++;
        const texts = OUTCOME_TEXTS[step.stepType][name];
        expect([step.stepType, name, property.title, property.description]).toEqual([step.stepType, name, texts.label.vi, texts.help.vi]);
        const field = form.locator(`#preview-${step.stepType}-${name}`);
        if (property.enum) {
          await field.click();
          const options = await page.getByRole('listbox').getByRole('option').allInnerTexts();
          await page.keyboard.press('Escape');
          const expected = property.enum.filter((v: unknown) => v !== null).map((code: string) => texts.choices![code].vi);
          expect([step.stepType, name, options.map((o) => o.trim()).sort()]).toEqual([step.stepType, name, expected.sort()]);
          choices += expected.length;
          shown += `\n${options.join('\n')}`;
        }
        if (property['x-code-format']) {
          // A searchable picker of names, not a text box for a code.
          expect([name, await field.getAttribute('aria-haspopup'), await field.getAttribute('readonly')]).toEqual([name, 'listbox', null]);
          await field.click();
          await field.fill(property['x-code-format'] === 'communeCode' ? 'Quảng Trực' : 'Y tế');
          const names = await page.getByRole('listbox').getByRole('option').allInnerTexts();
          await page.keyboard.press('Escape');
          expect(names.length).toBeGreaterThan(0);
          expect(names.join('\n')).not.toMatch(CODE);
        }
        if (property.format === 'date-time') expect(await field.getAttribute('placeholder')).toBe('dd/mm/yyyy hh:mm');
      }
      // Nothing English, no schema description of old, no code and no property name on the Vietnamese screen.
      for (const [name, property] of Object.entries<any>(english.outcomeSchema.properties)) {
        expect([step.stepType, name, shown.includes(property.title), shown.includes(property.description)]).toEqual([
          step.stepType,
          name,
          false,
          false,
        ]);
        expect([step.stepType, name, new RegExp(`\\b${name}\\b`).test(shown)]).toEqual([step.stepType, name, false]);
        expect([step.stepType, name, shown.includes(STEP_DEFINITIONS[step.stepType].outcome[name].description)]).toEqual([
          step.stepType,
          name,
          false,
        ]);
      }
      expect([step.stepType, shown.match(CODE)?.[0] ?? null]).toEqual([step.stepType, null]);
      for (const property of Object.values<any>(step.outcomeSchema.properties))
        for (const code of (property.enum ?? []).filter(Boolean))
          expect([step.stepType, code, new RegExp(`\\b${code}\\b`).test(shown)]).toEqual([step.stepType, code, false]);
    }
    // Every step, field and choice the domain defines was walked (47 steps, 109 fields, 61 choices as of catalogue v5).
    const defined = Object.values(STEP_DEFINITIONS).flatMap((step) => Object.values(step.outcome));
    const definedChoices = defined.reduce((n, spec) => n + (spec.field.type === 'enum' ? spec.field.values.length : 0), 0);
    expect([vi.length, fields, choices]).toEqual([Object.keys(STEP_DEFINITIONS).length, defined.length, definedChoices]);
  });

  it('a real rescue: dates typed dd/MM/yyyy HH:mm, refusals by the field’s label, a commune chosen by its name', async () => {
    const staff = new AgencyStaff(system);
    const coordinator = await system.as('coordinator');
    const driver = new ProcessDriver(coordinator, staff);
    const police = await staff.officer('CA_TINH_CSHS');
    const quangTruc = ((await coordinator.get('/agencies')).body as any[]).find((a) => a.code === 'UBND_XA_QUANG_TRUC');
    const { processId, close } = await startAsCaseChild('rescue', rescueWorkflow, { victimAbroad: false, borderArea: false });
    try {
      const page = await signIn(browser, system.http.baseUrl, 'officer-CA_TINH_CSHS');
      await page.getByRole('heading', { name: 'Việc cần xử lý', level: 1 }).waitFor();
      const form = await openForm(page, processId, RescueStepType.PLAN);

      // The plan starts on 05/12/2026 at 08:30 in the province: 01:30 UTC.
      await form.locator('#outcome-planNumber').fill('12/KH-CSHS');
      const startAt = form.locator('#outcome-plannedStartAt');
      await startAt.fill('05/12/2026 08:30');
      await startAt.press('Escape');
      await form.getByRole('button', { name: 'Hoàn thành' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã hoàn thành việc.' }).waitFor();
      const plan = await eventually(async () => {
        const tasks = (await coordinator.get(`/tasks?processId=${processId}&stepType=${RescueStepType.PLAN}`)).body as any[];
        return tasks[0]?.status === 'COMPLETED' && tasks[0];
      }, 'the plan completed');
      expect(Date.parse(plan.outcome.plannedStartAt)).toBe(Date.UTC(2026, 11, 5, 1, 30));

      // The API works the steps between, up to the record of the persons rescued.
      const persons = await eventually(
        async () => {
          for (const task of await driver.openTasks(processId))
            if (task.stepType !== RescueStepType.RECORD_PERSONS) await driver.complete(processId, task.stepType);
          return (await driver.openTasks(processId)).find((t) => t.stepType === RescueStepType.RECORD_PERSONS);
        },
        'the record of persons',
        60_000,
      );

      const record = await openForm(page, processId, RescueStepType.RECORD_PERSONS);
      const labels = OUTCOME_TEXTS[RescueStepType.RECORD_PERSONS];
      // Refused in the browser, by the label.
      await record.locator('#outcome-adults').fill('2');
      await record.getByRole('button', { name: 'Hoàn thành' }).click();
      await record.getByRole('link', { name: `${labels.children.label.vi}: bắt buộc nhập` }).waitFor();
      // Refused by the server, in Vietnamese, by the label: a missing count, a commune not on the list.
      const vi = { 'accept-language': 'vi' };
      const missing = await police.send('POST', `/tasks/${persons.id}/complete`, { outcome: { adults: 2 } }, vi);
      expect([missing.status, missing.body.message]).toEqual([400, 'Kết quả không đúng mẫu của bước này: Số trẻ em: bắt buộc phải nhập']);
      expect(missing.body.details).toEqual([{ field: 'outcome.children', code: 'required', message: 'Số trẻ em: bắt buộc phải nhập' }]);
      const nowhere = await police.send(
        'POST',
        `/tasks/${persons.id}/complete`,
        { outcome: { adults: 2, children: 1, homeCommuneCode: 'xã Không Có' } },
        vi,
      );
      expect(nowhere.status).toBe(400);
      expect(nowhere.body.message).toBe('Dữ liệu gửi lên không hợp lệ: Xã nơi cư trú: không có trong danh sách xã, phường đang hoạt động');
      expect(nowhere.body.message).not.toMatch(/outcome\.|homeCommuneCode/);

      // Chosen by name, accepted.
      await record.locator('#outcome-children').fill('1');
      await pickOption(page, record.locator('#outcome-homeCommuneCode'), quangTruc.nameVi, 'Quảng Trực');
      await record.getByRole('button', { name: 'Hoàn thành' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã hoàn thành việc.' }).waitFor();
      const recorded = await eventually(async () => {
        const task = (await coordinator.get(`/tasks/${persons.id}`)).body;
        return task.status === 'COMPLETED' && task;
      }, 'persons recorded');
      expect(recorded.outcome).toMatchObject({ adults: 2, children: 1, homeCommuneCode: 'UBND_XA_QUANG_TRUC' });
    } finally {
      await close();
    }

    async function openForm(page: Page, process: string, stepType: string) {
      const task = await eventually(
        async () => (await coordinator.get(`/tasks?processId=${process}&stepType=${stepType}&state=open`)).body[0],
        stepType,
      );
      return openOutcomeForm(page, system.http.baseUrl, page.locator(`tr[data-task-id="${task.id}"]`), stepType);
    }
  });
});
