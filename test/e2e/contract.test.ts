import { localDate } from '../../src/domain/working-calendar';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { validateOutcome } from '../../src/domain/validate-outcome';
import { AgencyStaff } from '../support/agency-staff';
import { HttpClient } from '../support/http-client';
import { checkDocumentedStatus } from '../support/openapi-contract';
import { outcomeVariants } from '../support/outcome-variants';
import { ProcessDriver, sampleOutcome } from '../support/process-driver';
import { startTestSystem, TestSystem } from '../support/test-system';
import { tipBody } from '../support/tip-requests';

// JSON Schema 2020-12 needs Ajv 8, which the tree holds as ajv-formats' own copy (the top-level ajv is 6).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Ajv2020 = require(require.resolve('ajv/dist/2020', { paths: [require.resolve('ajv-formats')] })).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const addFormats = require('ajv-formats').default ?? require('ajv-formats');

const ERROR_STATUSES = ['400', '401', '403', '404', '409', '413', '422', '429', '503', '504'];

describe('the API as a contract', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let driver: ProcessDriver;
  let document: any;

  beforeAll(async () => {
    system = await startTestSystem();
    coordinator = await system.as('coordinator');
    driver = new ProcessDriver(coordinator, new AgencyStaff(system));
    document = (await system.http.get('/docs-json')).body;
  });
  afterAll(() => system?.close());

  describe('GET /steps', () => {
    let steps: any[];
    beforeAll(async () => {
      const res = await coordinator.get('/steps');
      expect(res.status).toBe(200);
      steps = res.body;
    });

    it('lists every step of every process with its process, titles, default agency and deadlines from the catalogue', () => {
      expect(steps.map((s) => s.stepType).sort()).toEqual(Object.keys(STEP_DEFINITIONS).sort());
      for (const step of steps) {
        expect(['TIP_VERIFICATION', 'RESCUE', 'RECEPTION', 'PROSECUTION']).toContain(step.process);
        expect(step.title.vi && step.title.en).toBeTruthy();
        expect([step.stepType, step.deadlines.length > 0]).toEqual([step.stepType, true]);
        expect([step.stepType, step.defaultAgencyCode !== null || !!step.agencyNote]).toEqual([step.stepType, true]);
        for (const d of step.deadlines) {
          expect(d).toMatchObject({ key: expect.any(String), nature: expect.stringMatching(/^(LAW|POLICY)$/), legalBasis: expect.any(String) });
          expect(d.duration).toEqual({ amount: expect.any(Number), unit: expect.any(String) });
          expect(['TEXT', 'SECOND_HAND', 'UNVERIFIED', 'POLICY']).toContain(d.confidence);
        }
      }
      const verify = steps.find((s) => s.stepType === 'TIP_VERIFY');
      expect(verify).toMatchObject({ process: 'TIP_VERIFICATION', defaultAgencyCode: 'CA_TINH_CSDT' });
      expect(verify.deadlines[0]).toMatchObject({ key: 'TIP_VERIFY', duration: { amount: 20, unit: 'days' }, nature: 'LAW', counting: 'ART_134' });
      expect(verify.deadlines[0].legalBasis).toMatch(/147/);
      const investigation = steps.find((s) => s.stepType === 'PROSECUTION_INVESTIGATION');
      expect(investigation.deadlines.map((d: any) => d.key).sort()).toEqual([
        'PROSECUTION_INVESTIGATION_ESPECIALLY_SERIOUS',
        'PROSECUTION_INVESTIGATION_VERY_SERIOUS',
      ]);
    });

    it('serves outcome schemas that accept exactly what the workflows accept', () => {
      const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false });
      ajv.addKeyword('x-code-format');
      ajv.addKeyword('x-enum-labels');
      addFormats(ajv);
      let accepted = 0;
      let rejected = 0;
      for (const step of steps) {
        const schema = STEP_DEFINITIONS[step.stepType].outcome;
        const validate = ajv.compile(step.outcomeSchema);
        for (const { name, outcome } of outcomeVariants(schema)) {
          const workflowAccepts = validateOutcome(schema, outcome) === null;
          const schemaAccepts = validate(outcome) as boolean;
          expect({ step: step.stepType, variant: name, schemaAccepts }).toEqual({
            step: step.stepType,
            variant: name,
            schemaAccepts: workflowAccepts,
          });
          if (workflowAccepts) accepted++;
          else rejected++;
        }
      }
      // Both directions were really exercised.
      expect(accepted).toBeGreaterThan(100);
      expect(rejected).toBeGreaterThan(500);
    });

    it('matches a live workflow: an outcome the schema rejects is refused, the sample it accepts closes the task', async () => {
      const tip = await coordinator.post('/tips', tipBody());
      expect(tip.status).toBe(201);
      const task = await driver.task(tip.body.processId, 'TIP_NOTIFY_PROCURACY');
      const actor = await driver.actorFor(task);
      const wrong = await actor.post(`/tasks/${task.id}/complete`, { outcome: { notifiedAt: 'yesterday', documentNumber: ' ' } });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('INVALID_OUTCOME');
      const done = await actor.post(`/tasks/${task.id}/complete`, { outcome: sampleOutcome(STEP_DEFINITIONS.TIP_NOTIFY_PROCURACY.outcome) });
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('COMPLETED');
    });
  });

  describe('GET /labels', () => {
    it('is public and labels enumerations, error codes and timeline entries in both languages', async () => {
      const res = await system.http.get('/labels');
      expect(res.status).toBe(200);
      expect(res.body.taskStatuses).toContainEqual({ value: 'OPEN', vi: 'Chưa nhận', en: 'Open' });
      expect(res.body.tipChannels.map((l: any) => l.value)).toContain('HOTLINE_111');
      expect(res.body.errorCodes.map((l: any) => l.value)).toContain('VALIDATION_FAILED');
      const created = res.body.timelineEventTypes.find((t: any) => t.value === 'TASK_CREATED');
      expect(created).toMatchObject({ aboutTask: true, detail: { stepType: 'string', agencyCode: 'string' } });
    });

    it('has a label for every timeline entry a real process writes', async () => {
      const labels = (await system.http.get('/labels')).body.timelineEventTypes.map((t: any) => t.value);
      const tip = await coordinator.post('/tips', tipBody());
      const view = await driver.workUntilClosed(tip.body.processId, { TIP_VERIFY: { decision: 'UNFOUNDED', reason: 'nothing found' } });
      const types: string[] = [...new Set<string>(view.timeline.map((e: any) => e.type))];
      expect(types).toEqual(expect.arrayContaining(['PROCESS_STARTED', 'TASK_CREATED', 'TASK_COMPLETED', 'PROCESS_COMPLETED']));
      for (const type of types) expect([type, labels.includes(type)]).toEqual([type, true]);
      for (const e of view.timeline) expect(Date.parse(e.atLocal)).toBe(Date.parse(e.at));
      const typeSchema = document.components.schemas.TimelineEventDto.properties.type;
      for (const type of types) expect(typeSchema.enum).toContain(type);
      expect(typeSchema.description).toMatch(/`TASK_CREATED` \(Task created, names its task\) — detail: `stepType`/);
    });
  });

  describe('dates in the province’s time', () => {
    it('gives tips and tasks local twins of their instants, and an art. 134 deadline ends at local midnight', async () => {
      // Received at 10:00 local some days ago (a fixed date would fall out of the 366 days the API accepts).
      const day = localDate(Date.now() - 20 * 86_400_000);
      const tip = await coordinator.post('/tips', tipBody({ receivedAt: `${day}T10:00:00+07:00` }));
      expect(tip.body.receivedAt).toBe(`${day}T03:00:00.000Z`);
      expect(tip.body.receivedAtLocal).toBe(`${day}T10:00:00+07:00`);
      const task = await driver.task(tip.body.processId, 'TIP_VERIFY');
      expect(task.dueAtLocal).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
      expect(Date.parse(task.dueAtLocal)).toBe(Date.parse(task.dueAt));
      expect(Date.parse(task.startsAtLocal)).toBe(Date.parse(task.startsAt));
    });
  });

  describe('errors in the caller’s language', () => {
    it('answers in Vietnamese without Accept-Language, naming each field', async () => {
      const raw = await fetch(`${(system.http as any).baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'coordinator', password: 'x', extra: 1 }),
      });
      const body: any = await raw.json();
      expect(raw.status).toBe(400);
      expect(raw.headers.get('content-language')).toBe('vi');
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.message).toMatch(/^Dữ liệu gửi lên không hợp lệ: /);
      expect(body.details).toContainEqual({ field: 'extra', code: 'whitelistValidation', message: 'Trường extra không được phép' });
    });

    it('fills a constraint’s arguments into the Vietnamese text, and English on request', async () => {
      const vi = await coordinator.post('/tips', tipBody({ channel: 'CARRIER_PIGEON' }), { 'Accept-Language': 'vi-VN,vi;q=0.9' });
      expect(vi.status).toBe(400);
      const channel = vi.body.details.find((d: any) => d.field === 'channel');
      expect(channel.message).toMatch(/^Kênh tiếp nhận phải là một trong các giá trị: HOTLINE_111, /);
      const en = await coordinator.post('/tips', tipBody({ channel: 'CARRIER_PIGEON' }), { 'accept-language': 'en-US,en;q=0.8' });
      expect(en.body.details.find((d: any) => d.field === 'channel').message).toMatch(/channel/);
      expect(en.body.message).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    });

    it('gives a service error the code’s Vietnamese text and keeps the specifics as the reason', async () => {
      const vi = await coordinator.send('GET', '/tips/TIP-20000101-NOPE00', undefined, { 'accept-language': 'vi' });
      expect(vi.status).toBe(404);
      expect(vi.body).toMatchObject({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: 'Không tìm thấy',
        reason: expect.stringContaining('TIP-20000101-NOPE00'),
      });
      const en = await coordinator.get('/tips/TIP-20000101-NOPE00');
      expect(en.body.message).toContain('TIP-20000101-NOPE00');
      expect(en.body.reason).toBeUndefined();
    });
  });

  describe('the OpenAPI document', () => {
    const operations = () =>
      Object.entries(document.paths).flatMap(([path, item]: [string, any]) =>
        Object.entries(item)
          .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map(([method, op]: [string, any]) => ({ route: `${method.toUpperCase()} ${path}`, method, path, op })),
      );

    it('gives every operation a summary, a success response with a schema, and a request body schema where it takes one', () => {
      const problems: string[] = [];
      for (const { route, op } of operations()) {
        if (!(typeof op.summary === 'string' && op.summary.length > 10)) problems.push(`${route}: no summary`);
        const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
        if (success.length === 0) problems.push(`${route}: no success response`);
        // 204 No Content has, by definition, no body to describe.
        for (const s of success.filter((x) => x !== '204'))
          // Files and event streams declare their own media type; everything else answers JSON.
          if (!Object.values<any>(op.responses[s].content ?? {}).some((c) => c.schema)) problems.push(`${route} ${s}: no schema`);
        if (op.requestBody && !op.requestBody.content?.['application/json']?.schema) problems.push(`${route}: request body without schema`);
      }
      expect(problems).toEqual([]);
    });

    it('gives every property of every request body an example, so the documentation shows a whole request', () => {
      const resolve = (schema: any) => (schema?.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema);
      const problems: string[] = [];
      const check = (schema: any, where: string, seen: Set<string>) => {
        const resolved = resolve(schema);
        if (!resolved || resolved.example !== undefined) return;
        for (const [name, property] of Object.entries<any>(resolved.properties ?? {})) {
          const nested = property.$ref ?? property.allOf?.[0]?.$ref ?? property.items?.$ref;
          if (nested) {
            if (!seen.has(nested)) check({ $ref: nested }, `${where}.${name}`, new Set([...seen, nested]));
          } else if (property.example === undefined && property.examples === undefined) problems.push(`${where}.${name}`);
        }
      };
      for (const { route, op } of operations()) if (op.requestBody) check(op.requestBody.content['application/json'].schema, route, new Set());
      expect(problems).toEqual([]);
    });

    it('declares the error statuses each operation can answer, all with the error schema', () => {
      const byRoute = Object.fromEntries(operations().map((o) => [o.route, o.op]));
      const problems: string[] = [];
      for (const { route, op } of operations())
        for (const status of Object.keys(op.responses).filter((s) => ERROR_STATUSES.includes(s)))
          if (
            !(route === 'GET /health' && status === '503') &&
            op.responses[status].content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody'
          )
            problems.push(`${route} ${status}: not the error schema`);
      expect(problems).toEqual([]);
      expect(Object.keys(byRoute['POST /tasks/{id}/complete'].responses)).toEqual(
        expect.arrayContaining(['200', '400', '401', '403', '404', '409', '413', '422', '429', '503', '504']),
      );
      expect(Object.keys(byRoute['GET /labels'].responses)).not.toContain('401');
      expect(Object.keys(byRoute['GET /tasks'].responses)).not.toContain('504');
      expect(document.components.schemas.ErrorBody.required).toEqual(['statusCode', 'code', 'message']);
    });

    it('fails a request whose status its entry does not declare, with a message naming route and status', async () => {
      const baseUrl = (system.http as any).baseUrl;
      await expect(checkDocumentedStatus(baseUrl, 'GET', '/labels?x=1', 401, { code: 'UNAUTHENTICATED' })).rejects.toThrow(
        /Undocumented response: GET \/labels \(\/labels\?x=1\) answered 401, but its OpenAPI entry declares only 200, /,
      );
      await expect(checkDocumentedStatus(baseUrl, 'POST', '/tasks/abc/complete', 418, null)).rejects.toThrow(/POST \/tasks\/\{id\}\/complete/);
      await expect(checkDocumentedStatus(baseUrl, 'POST', '/tasks/abc/complete', 409, null)).resolves.toBeUndefined();
      // No entry, nothing to hold the answer to: an unknown route's 404 is the right answer.
      await expect(checkDocumentedStatus(baseUrl, 'GET', '/no-such-route', 404, null)).resolves.toBeUndefined();
    });
  });
});
