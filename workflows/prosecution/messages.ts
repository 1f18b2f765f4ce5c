import { defineSignal } from '@temporalio/workflow';
import type { Severity } from '../../src/domain/case/severity';

/** Sent by the case when the charge changes: every severity-dependent deadline still running is recomputed. */
export const chargeChangedSignal = defineSignal<[{ severity: Severity; actorId: string }]>('chargeChanged');
