import { randomUUID } from 'node:crypto';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { insertTaskRows } from '../support/insert-task-rows';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TestUsername } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';

interface PageResult {
  status: number;
  body: any;
  next: string | null;
  total: string | null;
  link: string | null;
}

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

describe('lists: filters, scope and cursor pagination', () => {
  let system: TestSystem;
  let baseUrl: string;
  const tokens = new Map<TestUsername, string>();
  const clients = new Map<TestUsername, HttpClient>();
  const userIds = new Map<string, string>();

  async function get(username: TestUsername, path: string): Promise<PageResult> {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${tokens.get(username)}` } });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      next: response.headers.get('x-next-cursor'),
      total: response.headers.get('x-total-count'),
      link: response.headers.get('link'),
    };
  }

  /** Follows X-Next-Cursor to the end; checks every page on the way. */
  async function every(username: TestUsername, path: string, limit: number): Promise<{ items: any[]; pages: number; total: string | null }> {
    const items: any[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let total: string | null = null;
    const join = path.includes('?') ? '&' : '?';
    do {
      const res: PageResult = await get(username, `${path}${join}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body)).toBe(true);
      expect(res.body.length).toBeLessThanOrEqual(limit);
      if (res.next) {
        expect(res.body).toHaveLength(limit);
        expect(res.link).toContain(`cursor=${res.next}`);
        expect(res.link).toContain('rel="next"');
      } else expect(res.link).toBeNull();
      if (pages === 0) total = res.total;
      items.push(...res.body);
      cursor = res.next;
      pages++;
      expect(pages).toBeLessThan(100);
    } while (cursor);
    return { items, pages, total };
  }

  const ids = (rows: any[]) => rows.map((r) => r.id);
  const noDuplicates = (rows: any[]) => expect(new Set(ids(rows)).size).toBe(rows.length);

  beforeAll(async () => {
    system = await startTestSystem();
    baseUrl = (system.http as any).baseUrl;
    const users: TestUsername[] = [
      'coordinator',
      'officer',
      'officer-2',
      'agency-head',
      'leadership',
      'admin',
      'border-officer',
      'health-head',
      'procuracy-head',
    ];
    for (const username of users) {
      const client = await system.as(username);
      clients.set(username, client);
      tokens.set(username, (client as any).token);
    }
    for (const row of await system.db.query(`SELECT id, username FROM users`)) userIds.set(row.username, row.id);
  });
  afterAll(() => system?.close());

  it('documents limit, cursor and the paging headers of every list in OpenAPI', async () => {
    const doc = (await system.http.get('/docs-json')).body;
    for (const path of ['/tips', '/cases', '/cases/{reference}/processes', '/tasks', '/escalations', '/notifications']) {
      const get = doc.paths[path]?.get;
      expect(get).toBeDefined();
      expect(get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['limit', 'cursor']));
      expect(Object.keys(get.responses['200'].headers)).toEqual(expect.arrayContaining(['X-Next-Cursor', 'X-Total-Count', 'Link']));
      expect(get.responses['200'].content['application/json'].schema.type).toBe('array');
    }
  });

  describe('GET /tasks', () => {
    // SO_Y_TE and VKS_TINH run no workflow in this file: their queues hold exactly what is inserted here.
    let healthOpen: string[];
    let healthMine: string[];
    let healthOverdue: string[];
    let healthCompleted: string[];
    let healthCancelled: string[];
    let procuracyOpen: string[];

    beforeAll(async () => {
      const due = inDays(10);
      // Seven share one deadline: pages must break ties by id, without losing or repeating a row.
      const tied = await insertTaskRows(system.db, { count: 7, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: due, stepMs: 0 });
      const spread = await insertTaskRows(system.db, { count: 12, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: due, stepMs: 3_600_000 });
      healthMine = await insertTaskRows(system.db, {
        count: 3,
        agencyCode: 'SO_Y_TE',
        status: 'CLAIMED',
        dueFrom: inDays(20),
        assigneeId: userIds.get('health-head'),
        stepType: 'RECEPTION_HEALTH_CHECK',
      });
      healthOverdue = await insertTaskRows(system.db, { count: 3, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: inDays(-3) });
      healthOpen = [...tied, ...spread, ...healthMine, ...healthOverdue];
      healthCompleted = await insertTaskRows(system.db, {
        count: 10,
        agencyCode: 'SO_Y_TE',
        status: 'COMPLETED',
        dueFrom: inDays(-30),
        outcome: { decision: 'CONFIRMED', findings: 'The victim named her recruiter' },
      });
      healthCancelled = await insertTaskRows(system.db, { count: 5, agencyCode: 'SO_Y_TE', status: 'CANCELLED', dueFrom: inDays(-30) });
      procuracyOpen = await insertTaskRows(system.db, { count: 8, agencyCode: 'VKS_TINH', status: 'OPEN', dueFrom: inDays(-1), stepMs: 1000 });
    });

    it('pages through the open queue by cursor, soonest deadline first, without gaps or duplicates', async () => {
      const { items, pages, total } = await every('health-head', '/tasks', 4);
      expect(pages).toBe(Math.ceil(healthOpen.length / 4));
      expect(total).toBe(String(healthOpen.length));
      noDuplicates(items);
      expect(ids(items).sort()).toEqual([...healthOpen].sort());
      const dues = items.map((t) => Date.parse(t.dueAt));
      expect(dues).toEqual([...dues].sort((a, b) => a - b));
      expect(items.every((t) => ['OPEN', 'CLAIMED'].includes(t.status))).toBe(true);
      // The default page is 50 rows; the first page of a short list is the last.
      const first = await get('health-head', '/tasks');
      expect(first.body).toHaveLength(healthOpen.length);
      expect(first.next).toBeNull();
    });

    it('answers 400 to a malformed cursor, a cursor of another list and a limit out of range', async () => {
      for (const cursor of [
        'garbage!',
        'bm90LWpzb24',
        Buffer.from(JSON.stringify(['tasks', 1])).toString('base64url'),
        // Well formed, but its values would not cast in SQL.
        Buffer.from(JSON.stringify(['tasks', 'yesterday', 'x'])).toString('base64url'),
        Buffer.from(JSON.stringify(['tasks', '2026-11-28 08:00:00+00', 'not-a-uuid'])).toString('base64url'),
      ])
        expect((await get('health-head', `/tasks?cursor=${encodeURIComponent(cursor)}`)).status).toBe(400);
      // A cursor handed out by the tips list, valid there, means nothing here.
      const tipsCursor = Buffer.from(JSON.stringify(['tips', '2026-11-28 08:00:00+00', randomUUID()])).toString('base64url');
      expect((await get('coordinator', `/tips?cursor=${tipsCursor}`)).status).toBe(200);
      expect((await get('health-head', `/tasks?cursor=${tipsCursor}`)).status).toBe(400);
      for (const limit of ['0', '201', 'ten', '-1']) expect((await get('health-head', `/tasks?limit=${limit}`)).status).toBe(400);
      expect((await get('health-head', '/tasks?limit=200')).status).toBe(200);
    });

    it('gives closed tasks on request: a status, state=closed or state=all', async () => {
      expect(ids((await every('health-head', '/tasks?state=closed', 6)).items).sort()).toEqual([...healthCompleted, ...healthCancelled].sort());
      expect(ids((await every('health-head', '/tasks?status=COMPLETED', 4)).items).sort()).toEqual([...healthCompleted].sort());
      expect(ids((await every('health-head', '/tasks?status=CANCELLED', 4)).items).sort()).toEqual([...healthCancelled].sort());
      const all = await every('health-head', '/tasks?state=all', 7);
      expect(all.items).toHaveLength(healthOpen.length + healthCompleted.length + healthCancelled.length);
      noDuplicates(all.items);
      expect((await get('health-head', '/tasks?state=finished')).status).toBe(400);
    });

    it('filters by mine, overdue, dueBefore, stepType, processId and caseReference', async () => {
      expect(ids((await get('health-head', '/tasks?mine=true')).body).sort()).toEqual([...healthMine].sort());
      expect(ids((await get('health-head', '/tasks?overdue=true')).body).sort()).toEqual([...healthOverdue].sort());
      expect((await get('health-head', '/tasks?overdue=false')).body).toHaveLength(healthOpen.length - healthOverdue.length);
      const before = (await get('health-head', `/tasks?dueBefore=${encodeURIComponent(inDays(15).toISOString())}`)).body;
      expect(before).toHaveLength(healthOpen.length - healthMine.length);
      expect(ids((await get('health-head', '/tasks?stepType=RECEPTION_HEALTH_CHECK')).body).sort()).toEqual([...healthMine].sort());

      const caseRow = (
        await system.db.query(`INSERT INTO cases (reference, status) VALUES ($1, 'OPEN') RETURNING id, reference`, [`CASE-T-${randomUUID()}`])
      )[0];
      const processId = `seeded-process-${randomUUID()}`;
      const inProcess = await insertTaskRows(system.db, {
        count: 2,
        agencyCode: 'SO_Y_TE',
        status: 'OPEN',
        dueFrom: inDays(5),
        processId,
        caseId: caseRow.id,
      });
      const closedInProcess = await insertTaskRows(system.db, {
        count: 1,
        agencyCode: 'SO_Y_TE',
        status: 'COMPLETED',
        dueFrom: inDays(1),
        processId,
        caseId: caseRow.id,
      });
      // A process's tasks come all of them by default, closed ones too; state=open narrows.
      expect(ids((await get('health-head', `/tasks?processId=${processId}`)).body).sort()).toEqual([...inProcess, ...closedInProcess].sort());
      expect(ids((await get('health-head', `/tasks?processId=${processId}&state=open`)).body).sort()).toEqual([...inProcess].sort());
      expect(ids((await get('coordinator', `/tasks?caseReference=${caseRow.reference}`)).body).sort()).toEqual(
        [...inProcess, ...closedInProcess].sort(),
      );
      expect((await get('coordinator', `/tasks?caseReference=CASE-NONE`)).body).toEqual([]);
      await system.db.query(`DELETE FROM tasks WHERE process_id = $1`, [processId]);
    });

    it('scopes the queue: an agency sees only its own, coordinators and leadership every agency, administrators none', async () => {
      const procuracy = await every('procuracy-head', '/tasks', 3);
      expect(ids(procuracy.items).sort()).toEqual([...procuracyOpen].sort());
      expect((await get('health-head', '/tasks?agencyCode=VKS_TINH')).status).toBe(403);
      const officerSees = (await every('officer', '/tasks?state=all', 200)).items;
      expect(officerSees.every((t) => t.agencyCode === 'CA_TINH_CSDT')).toBe(true);

      const everyAgency = (await every('coordinator', '/tasks', 200)).items;
      expect(ids(everyAgency)).toEqual(expect.arrayContaining([...healthOpen, ...procuracyOpen]));
      expect(ids((await get('coordinator', '/tasks?agencyCode=VKS_TINH')).body).sort()).toEqual([...procuracyOpen].sort());
      expect(ids((await get('leadership', '/tasks?agencyCode=VKS_TINH')).body).sort()).toEqual([...procuracyOpen].sort());
      expect((await get('admin', '/tasks')).status).toBe(403);
    });

    it('shows leadership outcomes without what officers wrote in their own words', async () => {
      const asCoordinator = (await get('coordinator', '/tasks?agencyCode=SO_Y_TE&status=COMPLETED&limit=1')).body[0];
      expect(asCoordinator.outcome).toEqual({ decision: 'CONFIRMED', findings: 'The victim named her recruiter' });
      const asLeadership = (await get('leadership', '/tasks?agencyCode=SO_Y_TE&status=COMPLETED&limit=1')).body[0];
      expect(asLeadership.id).toBe(asCoordinator.id);
      expect(asLeadership.outcome).toEqual({ decision: 'CONFIRMED' });
    });
  });

  describe('GET /tips', () => {
    const marker = `lst${randomUUID().slice(0, 8)}`;
    let policeTips: string[];
    let borderTips: string[];
    let sharedTip: string;
    let caseReference: string;

    async function insertTip(overrides: Record<string, unknown>): Promise<string> {
      const reference = `TIP-T-${randomUUID().slice(0, 13)}`;
      const t = {
        channel: 'HOTLINE_111',
        received_at: inDays(-1),
        summary: `Seeded ${marker} report`,
        location: 'xã Quảng Trực',
        urgency: 'NORMAL',
        investigating_agency_code: 'CA_TINH_CSDT',
        status: 'VERIFYING',
        case_id: null,
        ...overrides,
      };
      await system.db.query(
        `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id,
                           case_id, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          reference,
          t.channel,
          t.received_at,
          t.summary,
          t.location,
          t.urgency,
          t.investigating_agency_code,
          t.status,
          `tip-verification-${reference}`,
          t.case_id,
          userIds.get('coordinator'),
        ],
      );
      return reference;
    }

    beforeAll(async () => {
      caseReference = `CASE-T-${randomUUID().slice(0, 13)}`;
      const [kase] = await system.db.query(`INSERT INTO cases (reference, status) VALUES ($1, 'OPEN') RETURNING id`, [caseReference]);
      policeTips = [];
      for (let i = 0; i < 9; i++)
        policeTips.push(
          await insertTip({
            received_at: new Date(Date.parse('2026-10-01T00:00:00Z') + (i % 3) * DAY),
            channel: i % 2 ? 'WALK_IN' : 'HOTLINE_111',
            urgency: i === 0 ? 'URGENT' : 'NORMAL',
            status: i === 1 ? 'CONFIRMED' : 'VERIFYING',
            case_id: i === 1 ? kase.id : null,
            location: i === 2 ? 'xã Đắk Búk So 50%_off' : 'xã Quảng Trực',
          }),
        );
      borderTips = [];
      for (let i = 0; i < 3; i++)
        borderTips.push(await insertTip({ investigating_agency_code: 'DBP_BU_PRANG', received_at: new Date('2026-09-15T00:00:00Z') }));
      // The police have a task in this border tip's verification: they work on it too.
      sharedTip = borderTips[0];
      await insertTaskRows(system.db, {
        count: 1,
        agencyCode: 'CA_TINH_CSDT',
        status: 'COMPLETED',
        dueFrom: inDays(-1),
        processId: `tip-verification-${sharedTip}`,
      });
    });

    const refs = (rows: any[]) => rows.map((t) => t.reference);

    it('pages newest received first, without gaps or duplicates, with the case reference on each tip', async () => {
      const { items, total } = await every('coordinator', `/tips?q=${marker}`, 4);
      expect(total).toBe('12');
      noDuplicates(items);
      expect(refs(items).sort()).toEqual([...policeTips, ...borderTips].sort());
      const received = items.map((t) => Date.parse(t.receivedAt));
      expect(received).toEqual([...received].sort((a, b) => b - a));
      expect(items.find((t) => t.reference === policeTips[1]).caseReference).toBe(caseReference);
      expect(items.find((t) => t.reference === policeTips[0]).caseReference).toBeNull();
      expect((await get('coordinator', '/tips?cursor=%%%')).status).toBe(400);
    });

    it('filters by status, channel, urgency, received period and text', async () => {
      const q = `q=${marker}`;
      expect(refs((await get('coordinator', `/tips?${q}&status=CONFIRMED`)).body)).toEqual([policeTips[1]]);
      expect(refs((await get('coordinator', `/tips?${q}&urgency=URGENT`)).body)).toEqual([policeTips[0]]);
      expect((await get('coordinator', `/tips?${q}&channel=WALK_IN`)).body).toHaveLength(4);
      const period = `receivedFrom=2026-10-02T00:00:00Z&receivedTo=2026-10-03T00:00:00Z`;
      expect(refs((await get('coordinator', `/tips?${q}&${period}`)).body).sort()).toEqual([policeTips[1], policeTips[4], policeTips[7]].sort());
      expect(refs((await get('coordinator', `/tips?q=${encodeURIComponent('50%_OFF')}`)).body)).toEqual([policeTips[2]]);
      expect(refs((await get('coordinator', `/tips?q=${policeTips[5].toLowerCase()}`)).body)).toEqual([policeTips[5]]);
      // % and _ are taken literally, not as wildcards.
      expect((await get('coordinator', `/tips?q=${encodeURIComponent('Quảng_Trực')}`)).body).toEqual([]);
      expect((await get('coordinator', '/tips?channel=PIGEON')).status).toBe(400);
    });

    it('scopes tips: an agency sees the tips it verifies, never another agency’s; leadership and administrators none', async () => {
      expect(refs((await every('officer', `/tips?q=${marker}`, 5)).items).sort()).toEqual([...policeTips, sharedTip].sort());
      expect(refs((await every('border-officer', `/tips?q=${marker}`, 5)).items).sort()).toEqual([...borderTips].sort());
      expect((await get('health-head', `/tips?q=${marker}`)).body).toEqual([]);
      expect((await get('leadership', '/tips')).status).toBe(403);
      expect((await get('admin', '/tips')).status).toBe(403);
      // The list never carries the tipster.
      const tip = (await get('officer', `/tips?q=${marker}&limit=1`)).body[0];
      expect(Object.keys(tip).some((k) => /tipster|contact/i.test(k))).toBe(false);
    });
  });

  describe('GET /cases', () => {
    const marker = `CASE-L${randomUUID().slice(0, 6).toUpperCase()}`;
    const made: Record<string, string> = {};

    beforeAll(async () => {
      const rows: Array<[name: string, status: string, article: number | null, clause: number | null, severity: string | null, daysAgo: number]> = [
        ['a', 'OPEN', 150, 1, 'VERY_SERIOUS', 1],
        ['b', 'OPEN', 150, 3, 'ESPECIALLY_SERIOUS', 2],
        ['c', 'CLOSED', 151, 2, 'ESPECIALLY_SERIOUS', 3],
        ['d', 'OPEN', null, null, null, 4],
        ['e', 'OPEN', 151, 1, 'VERY_SERIOUS', 5],
      ];
      for (const [name, status, article, clause, severity, daysAgo] of rows) {
        const [row] = await system.db.query(
          `INSERT INTO cases (reference, status, charge_article, charge_clause, severity, opened_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [`${marker}-${name}`, status, article, clause, severity, inDays(-daysAgo)],
        );
        made[name] = row.id;
      }
      // Health works on a and b (b overdue); the police had a task in c; e was opened from a police tip.
      await insertTaskRows(system.db, {
        count: 2,
        agencyCode: 'SO_Y_TE',
        status: 'OPEN',
        dueFrom: inDays(3),
        caseId: made.a,
        processId: `p-${made.a}`,
      });
      await insertTaskRows(system.db, {
        count: 1,
        agencyCode: 'SO_Y_TE',
        status: 'OPEN',
        dueFrom: inDays(-2),
        caseId: made.b,
        processId: `p-${made.b}`,
      });
      await insertTaskRows(system.db, {
        count: 1,
        agencyCode: 'CA_TINH_CSDT',
        status: 'COMPLETED',
        dueFrom: inDays(-9),
        caseId: made.c,
        processId: `p-${made.c}`,
      });
      await system.db.query(
        `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, case_id, registered_by)
         VALUES ($1, 'WALK_IN', now(), 's', 'l', 'NORMAL', 'CA_TINH_CSDT', 'CONFIRMED', $2, $3, $4)`,
        [`TIP-${marker}`, `tip-verification-TIP-${marker}`, made.e, userIds.get('coordinator')],
      );
    });

    const names = (rows: any[]) => rows.map((c) => c.reference.slice(marker.length + 1));

    it('pages newest opened first with header and overdue counts', async () => {
      const { items, total } = await every('coordinator', `/cases?q=${marker}`, 2);
      expect(total).toBe('5');
      noDuplicates(items.map((c) => ({ id: c.caseId })));
      expect(names(items)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(items[0]).toMatchObject({
        status: 'OPEN',
        charge: { article: 150, clause: 1 },
        severity: 'VERY_SERIOUS',
        openTasks: 2,
        overdueTasks: 0,
      });
      expect(items[1]).toMatchObject({ openTasks: 1, overdueTasks: 1 });
      expect((await get('coordinator', `/cases?cursor=${Buffer.from('["cases"]').toString('base64url')}`)).status).toBe(400);
    });

    it('filters by status, charge, severity, involved agency, overdue and reference', async () => {
      const q = `q=${marker}`;
      expect(names((await get('coordinator', `/cases?${q}&status=CLOSED`)).body)).toEqual(['c']);
      expect(names((await get('coordinator', `/cases?${q}&chargeArticle=150`)).body)).toEqual(['a', 'b']);
      expect(names((await get('coordinator', `/cases?${q}&chargeArticle=151&chargeClause=1`)).body)).toEqual(['e']);
      expect(names((await get('coordinator', `/cases?${q}&severity=ESPECIALLY_SERIOUS`)).body)).toEqual(['b', 'c']);
      expect(names((await get('coordinator', `/cases?${q}&agencyCode=SO_Y_TE`)).body)).toEqual(['a', 'b']);
      expect(names((await get('coordinator', `/cases?${q}&agencyCode=CA_TINH_CSDT`)).body)).toEqual(['c', 'e']);
      expect(names((await get('coordinator', `/cases?${q}&overdue=true`)).body)).toEqual(['b']);
      expect(names((await get('coordinator', `/cases?${q}&overdue=false`)).body)).toEqual(['a', 'c', 'd', 'e']);
      expect(names((await get('coordinator', `/cases?q=${marker.toLowerCase()}-d`)).body)).toEqual(['d']);
      expect((await get('coordinator', '/cases?chargeArticle=149')).status).toBe(400);
    });

    it('scopes cases: an agency sees those it is involved in, leadership all, administrators none', async () => {
      expect(names((await every('health-head', `/cases?q=${marker}`, 1)).items)).toEqual(['a', 'b']);
      expect(names((await get('officer', `/cases?q=${marker}`)).body)).toEqual(['c', 'e']);
      expect(names((await get('leadership', `/cases?q=${marker}`)).body)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect((await get('admin', '/cases')).status).toBe(403);
    });
  });

  describe('GET /escalations', () => {
    let headLevel1: string[];
    let officeLevel2: string[];
    let acknowledged: string;

    beforeAll(async () => {
      const [taskId] = await insertTaskRows(system.db, { count: 1, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: inDays(-5) });
      const [otherTask] = await insertTaskRows(system.db, { count: 1, agencyCode: 'VKS_TINH', status: 'OPEN', dueFrom: inDays(-5) });
      const insert = async (task: string, agency: string, level: number, target: string, firedDaysAgo: number, ackd = false) => {
        const id = randomUUID();
        await system.db.query(
          `INSERT INTO escalations (id, task_id, process_id, agency_code, level, target, fired_at, due_at, acknowledged_by, acknowledged_at)
           VALUES ($1, $2, 'seeded', $3, $4, $5, $6, $6, $7, $8)`,
          [id, task, agency, level, target, inDays(-firedDaysAgo), ackd ? userIds.get('health-head') : null, ackd ? new Date() : null],
        );
        return id;
      };
      headLevel1 = [];
      for (let i = 0; i < 5; i++) headLevel1.push(await insert(taskId, 'SO_Y_TE', 1, 'AGENCY_HEAD', 10 - i));
      acknowledged = await insert(taskId, 'SO_Y_TE', 1, 'AGENCY_HEAD', 11, true);
      officeLevel2 = [await insert(taskId, 'SO_Y_TE', 2, 'STANDING_OFFICE', 4), await insert(otherTask, 'VKS_TINH', 2, 'STANDING_OFFICE', 3)];
      await insert(otherTask, 'VKS_TINH', 1, 'AGENCY_HEAD', 6);
    });

    it('pages the escalations addressed to the caller, oldest first; acknowledged ones on request', async () => {
      const { items, total } = await every('health-head', '/escalations', 2);
      expect(total).toBe('5');
      expect(ids(items)).toEqual(headLevel1);
      expect(ids((await get('health-head', '/escalations?state=acknowledged')).body)).toEqual([acknowledged]);
      expect(ids((await get('health-head', '/escalations?state=all')).body)).toEqual([acknowledged, ...headLevel1]);
      expect(ids((await get('health-head', '/escalations?open=false')).body)).toEqual([acknowledged, ...headLevel1]);
      expect((await get('health-head', '/escalations?cursor=abc')).status).toBe(400);
    });

    it('filters by level and agency, within the caller’s scope', async () => {
      const office = (await every('coordinator', '/escalations', 1)).items;
      expect(ids(office)).toEqual(officeLevel2);
      expect(ids((await get('coordinator', '/escalations?agencyCode=VKS_TINH')).body)).toEqual([officeLevel2[1]]);
      expect((await get('coordinator', '/escalations?level=1')).body).toEqual([]);
      const everything = (await get('leadership', '/escalations?level=2')).body;
      expect(ids(everything)).toEqual(officeLevel2);
      expect((await get('leadership', '/escalations?level=1&agencyCode=VKS_TINH')).body).toHaveLength(1);
      expect((await get('officer', '/escalations')).status).toBe(403);
    });
  });

  describe('GET /notifications', () => {
    let toPolice: string[];
    let toOfficer: string;

    beforeAll(async () => {
      const insert = async (agency: string, role: string | null, user: string | null, minutesAgo: number, kind = 'TASK_ASSIGNED') => {
        const id = randomUUID();
        await system.db.query(
          `INSERT INTO notifications (id, kind, agency_code, recipient_role, recipient_user_id, payload, created_at)
           VALUES ($1, $2, $3, $4, $5, '{}', now() - ($6 || ' minutes')::interval)`,
          [id, kind, agency, role, user, String(minutesAgo)],
        );
        return id;
      };
      toPolice = [];
      for (let i = 0; i < 5; i++) toPolice.push(await insert('CA_TINH_CSDT', null, null, 10 + i, i === 0 ? 'REMINDER' : 'TASK_ASSIGNED'));
      toOfficer = await insert('CA_TINH_CSDT', null, userIds.get('officer')!, 1);
      await insert('CA_TINH_CSDT', null, userIds.get('officer-2')!, 2);
      await insert('CA_TINH_CSDT', 'AGENCY_HEAD', null, 3, 'ESCALATION');
      await insert('SO_Y_TE', null, null, 4);
    });

    it('pages my notifications newest first: mine, my agency’s, my role’s; not a colleague’s, not another role’s', async () => {
      const { items, total } = await every('officer', '/notifications', 2);
      expect(total).toBe('6');
      expect(ids(items)).toEqual([toOfficer, ...toPolice]);
      const head = (await get('agency-head', '/notifications')).body;
      expect(head.map((n: any) => n.kind)).toContain('ESCALATION');
      expect(ids(head)).not.toContain(toOfficer);
      expect(ids((await get('officer', '/notifications?kind=REMINDER')).body)).toEqual([toPolice[0]]);
      expect((await get('officer', '/notifications?cursor=x')).status).toBe(400);
    });
  });

  describe('a case opened from a tip', () => {
    it('lists the tip with its case, the case’s processes, and a timeline that starts with the tip verification', async () => {
      const coordinator = clients.get('coordinator')!;
      const officer = clients.get('officer')!;
      const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
      const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
      expect((await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'Confirmed' } })).status).toBe(200);
      const listed = await eventually(async () => {
        const [row] = (await get('coordinator', `/tips?q=${tip.reference}`)).body;
        return row?.caseReference ? row : undefined;
      }, 'the tip listed with its case');
      const caseReference = listed.caseReference;
      const kase = await eventually(async () => {
        const res = await coordinator.get(`/cases/${caseReference}`);
        return res.status === 200 && res.body;
      }, 'the case');
      expect(kase.timeline[0].processId).toBe(tip.processId);
      expect(kase.timeline.map((e: any) => e.processId)).toEqual(expect.arrayContaining([tip.processId, `case-${caseReference}`]));

      expect((await get('coordinator', `/cases/${caseReference}/processes`)).body).toEqual([]);
      for (let i = 0; i < 3; i++) expect((await coordinator.post(`/cases/${caseReference}/processes`, { kind: 'RESCUE' })).status).toBe(201);
      const processes = await every('coordinator', `/cases/${caseReference}/processes`, 2);
      expect(processes.total).toBe('3');
      expect(new Set(processes.items.map((p) => p.processId)).size).toBe(3);
      expect(processes.items[0]).toMatchObject({ kind: 'RESCUE', status: 'RUNNING' });
      expect(processes.items[0].catalogueVersion).toEqual(expect.any(Number));
      expect((await get('coordinator', `/cases/${caseReference}/processes?cursor=zz`)).status).toBe(400);
      expect((await get('coordinator', '/cases/CASE-NONE/processes')).status).toBe(404);
      // Health has no task in this case.
      expect((await get('health-head', `/cases/${caseReference}/processes`)).status).toBe(403);
    });
  });
});
