import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../src/domain/actor';
import type { Charge } from '../../src/domain/case/severity';
import type { CaseView, ChildProcess, StartChildRequest } from './types';

export const getCaseQuery = defineQuery<CaseView>('getCase');
export const startChildProcessUpdate = defineUpdate<ChildProcess, [{ actor: Actor; request: StartChildRequest }]>('startChildProcess');
export const cancelChildProcessUpdate = defineUpdate<ChildProcess, [{ caseId: string; actor: Actor; processId: string; reason: string }]>(
  'cancelChildProcess',
);
export const changeChargeUpdate = defineUpdate<CaseView, [{ actor: Actor; charge: Charge }]>('changeCharge');
export const attachTipUpdate = defineUpdate<CaseView, [{ actor: Actor; tipId: string }]>('attachTip');
export const closeCaseUpdate = defineUpdate<CaseView, [{ caseId: string; actor: Actor; reason: string }]>('closeCase');
/** From the case's own tip workflow (which cannot send updates): start a process, e.g. an urgent rescue. */
export const startProcessSignal = defineSignal<[{ request: StartChildRequest; actorId: string | null }]>('startProcess');
