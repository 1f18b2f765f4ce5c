import { DemoSeedError } from './demo-api';
import { DemoProcessDriver } from './demo-process-driver';

export interface DemoTip {
  id: string;
  reference: string;
  processId: string;
  status: string;
}

interface CaseView {
  reference: string;
  status: string;
  charge: { article: number; clause: number } | null;
  processes: { processId: string; kind: string; status: string }[];
}

/**
 * Registers a demo tip under its fixed external reference; the API answers a second registration with the first
 * tip (200), so a re-run finds it instead of adding another.
 */
export async function ensureTip(drive: DemoProcessDriver, externalReference: string, body: Record<string, unknown>): Promise<DemoTip> {
  return drive.until(`tip ${externalReference} registered`, async () => {
    const answer = await drive.coordinator.post<DemoTip>('/tips', { ...body, externalReference });
    // 503: saved, its process starts once the engine is back; asking again returns the same tip.
    if (answer.status >= 500) return null;
    if (answer.status !== 200 && answer.status !== 201)
      throw new DemoSeedError(`registering ${externalReference}: ${answer.status} ${JSON.stringify(answer.body)}`);
    if (answer.status === 201) drive.changes++;
    return answer.body;
  });
}

/** The case the tip opened or joined, as the tip's own timeline names it. */
export function caseOfTip(drive: DemoProcessDriver, tip: DemoTip): Promise<string> {
  return drive.until(`the case of ${tip.reference}`, async () => {
    const view = await drive.view(tip.processId);
    const event = view?.timeline.find((e) => e.type === 'CASE_OPENED' || e.type === 'CASE_JOINED');
    if (view && !event && view.status !== 'RUNNING') throw new DemoSeedError(`${tip.reference} ended (${view.status}) without a case; left as it is`);
    return event?.detail?.caseReference as string | undefined;
  });
}

export function caseView(drive: DemoProcessDriver, reference: string): Promise<CaseView> {
  return drive.until(`case ${reference}`, async () => {
    const answer = await drive.coordinator.get<CaseView>(`/cases/${reference}`);
    return answer.status === 200 && answer.body;
  });
}

/** The case's `index`-th process of this kind once it has that many (started by the case itself, e.g. receptions). */
export async function caseProcess(drive: DemoProcessDriver, reference: string, kind: string, index = 0): Promise<string> {
  return drive.until(`${kind} #${index + 1} of ${reference}`, async () => {
    const answer = await drive.coordinator.get<CaseView>(`/cases/${reference}`);
    return answer.status === 200 && answer.body.processes.filter((p) => p.kind === kind)[index]?.processId;
  });
}

/** The case's process of this kind, started with `body` if it has none yet. */
export async function ensureCaseProcess(
  drive: DemoProcessDriver,
  reference: string,
  body: { kind: string } & Record<string, unknown>,
): Promise<string> {
  const existing = (await caseView(drive, reference)).processes.find((p) => p.kind === body.kind);
  if (existing) return existing.processId;
  // The key makes a retry after an unanswered request (503/504) return the process it started, never a second one.
  return drive.until(`${body.kind} started in ${reference}`, async () => {
    const started = await drive.coordinator.post<{ processId: string }>(`/cases/${reference}/processes`, body, {
      'Idempotency-Key': `demo-province-${reference}-${body.kind}`,
    });
    if (started.status >= 500) return null;
    if (started.status !== 201 && started.status !== 200)
      throw new DemoSeedError(`starting ${body.kind} in ${reference}: ${started.status} ${JSON.stringify(started.body)}`);
    if (started.status === 201) drive.changes++;
    return started.body.processId;
  });
}

export async function ensureCharge(drive: DemoProcessDriver, reference: string, charge: { article: number; clause: number }): Promise<void> {
  if ((await caseView(drive, reference)).charge) return;
  const answer = await drive.coordinator.put(`/cases/${reference}/charge`, charge);
  if (answer.status !== 200) throw new DemoSeedError(`charging ${reference}: ${answer.status} ${JSON.stringify(answer.body)}`);
  drive.changes++;
}

/** Closes the case once none of its processes runs any more (a closed case is left as it is). */
export async function ensureClosed(drive: DemoProcessDriver, reference: string, reason: string): Promise<void> {
  const view = await drive.until(`every process of ${reference} ended`, async () => {
    const v = await caseView(drive, reference);
    return (v.status === 'CLOSED' || v.processes.every((p) => p.status !== 'RUNNING')) && v;
  });
  if (view.status === 'CLOSED') return;
  await drive.coordinator.postExpecting(`/cases/${reference}/close`, { reason }, [200]);
  drive.changes++;
}
