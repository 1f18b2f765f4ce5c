import { DEMO_USERS } from '../demo-users';
import { DemoSeedError } from './demo-api';
import { DemoProcessDriver } from './demo-process-driver';
import { DEMO_PROVINCE_STAFF } from './demo-province-staff';
import { DemoAccount, DemoRoster } from './demo-roster';
import { DEMO_SCENARIOS, DemoScenarioResult } from './demo-scenarios';

export interface DemoProvinceReport {
  scenarios: DemoScenarioResult[];
  /** Writes this run made; 0 when everything was already seeded. */
  changes: number;
}

/**
 * Seeds a province to try through the running API, as the people who would do it: tips registered by the standing
 * office, tasks completed by the officers and heads of the agencies they are assigned to, processes started by the
 * coordinator. Nothing is written into tables, so every case is a real workflow with its deadlines and timers.
 * Running it again finds what it seeded (by the tips' external references and the processes' own state) and adds
 * nothing; a run interrupted half-way is finished by the next.
 *
 * `credentials` maps usernames of the demo accounts (or `accounts`) to their passwords.
 */
export async function seedDemoProvince(
  baseUrl: string,
  credentials: Readonly<Record<string, string>>,
  options: { accounts?: readonly DemoAccount[]; timeoutMs?: number } = {},
): Promise<DemoProvinceReport> {
  const accounts = options.accounts ?? [...DEMO_PROVINCE_STAFF, ...DEMO_USERS];
  const drive = new DemoProcessDriver(new DemoRoster(baseUrl, accounts, credentials), options.timeoutMs);
  // Every scenario goes as far as it can before a failure is reported, so the next run has less to finish.
  const settled = await Promise.allSettled(DEMO_SCENARIOS.map((scenario) => scenario(drive)));
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason instanceof Error ? s.reason.message : String(s.reason)] : []));
  if (failures.length)
    throw new DemoSeedError(`${failures.length} of ${settled.length} scenarios not finished (${drive.changes} changes made): ${failures.join('; ')}`);
  return { scenarios: settled.map((s) => (s as PromiseFulfilledResult<DemoScenarioResult>).value), changes: drive.changes };
}
