import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { insertTaskRows } from '../support/insert-task-rows';
import { startTestSystem, TestSystem } from '../support/test-system';

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string; source: 'api' | 'worker' | 'temporal' };
  annotations: { summary: string };
}

const PROMQL_WORDS = new Set(['and', 'or', 'unless', 'offset', 'by', 'without', 'bool', 'on', 'ignoring', 'group_left', 'group_right']);

/** The metric names a PromQL expression reads: identifiers that are not functions, keywords, labels or durations. */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  const names = [...bare.matchAll(/(?<![\w.:])([a-zA-Z_:][\w:]*)(?![\w:])(?!\s*\()/g)].map((m) => m[1]).filter((n) => !PROMQL_WORDS.has(n));
  return [...new Set(names)];
}

/** Every value of a gauge in Prometheus text (no labels on the work gauges). */
const gauge = (text: string, name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);

/**
 * deploy/prometheus/alerts.yml against the API's real /metrics: every metric an API rule reads is served, and the work
 * gauges the work rules alert on move with the work (an overdue task without its escalation shows as late).
 */
describe('alert rules and /metrics', () => {
  const rules: Rule[] = parse(readFileSync(join(__dirname, '../../deploy/prometheus/alerts.yml'), 'utf8')).groups.flatMap(
    (g: { rules: Rule[] }) => g.rules,
  );
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(() => system?.close());

  it('parses, and every rule names its source, severity and summary', () => {
    expect(rules.length).toBeGreaterThanOrEqual(6);
    for (const rule of rules) {
      expect([rule.alert, rule.labels.source]).toEqual([rule.alert, expect.stringMatching(/^(api|worker|temporal)$/)]);
      expect(['warning', 'critical']).toContain(rule.labels.severity);
      expect(rule.annotations.summary).toBeTruthy();
      expect(metricNames(rule.expr).length).toBeGreaterThan(0);
    }
    expect(metricNames('histogram_quantile(0.95, sum by (le) (rate(x_bucket{status=~"5.."}[5m]))) > 2 and y offset 1d')).toEqual(['x_bucket', 'y']);
  });

  it('serves every metric the API rules read', async () => {
    await system.http.get('/health/live');
    const text = (await system.http.get('/metrics')).body as string;
    const served = new Set([...text.matchAll(/^([a-zA-Z_:][\w:]*)[{ ]/gm)].map((m) => m[1]));
    const missing = rules
      .filter((r) => r.labels.source === 'api')
      .flatMap((r) => metricNames(r.expr).map((name) => [r.alert, name]))
      .filter(([, name]) => !served.has(name));
    expect(missing).toEqual([]);
  });

  it('counts overdue tasks and how late their first escalation is', async () => {
    const before = (await system.http.get('/metrics')).body as string;
    expect(gauge(before, 'escalation_first_level_late_seconds')).toBe(0);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await insertTaskRows(system.db, { count: 3, agencyCode: 'CA_TINH_CSDT', status: 'OPEN', dueFrom: hourAgo });
    await insertTaskRows(system.db, { count: 2, agencyCode: 'CA_TINH_CSDT', status: 'OPEN', dueFrom: new Date(Date.now() + 3_600_000) });
    await new Promise((r) => setTimeout(r, 1100)); // one read serves the scrapes of the same second
    const after = (await system.http.get('/metrics')).body as string;
    expect(gauge(after, 'tasks_overdue') - gauge(before, 'tasks_overdue')).toBe(3);
    expect(gauge(after, 'tasks_open') - gauge(before, 'tasks_open')).toBe(5);
    // The oldest of the three is an hour past its deadline, with no escalation.
    expect(gauge(after, 'escalation_first_level_late_seconds')).toBeGreaterThanOrEqual(3_600);
    expect(gauge(after, 'tasks_overdue_oldest_seconds')).toBeGreaterThanOrEqual(3_600);
    expect(gauge(after, 'projection_incidents_open')).toBe(0);
  });
});
