import { Duration } from './duration';
import { Role } from './role';

/** Whether a deadline is the law's or the province's own choice; only policy values may be tuned freely. */
export type DeadlineNature = 'LAW' | 'POLICY';
/** How sure we are of the legal text: read it, a reliable paraphrase, or not found (configurable and flagged). */
export type Confidence = 'TEXT' | 'SECOND_HAND' | 'UNVERIFIED' | 'POLICY';

/** One step of extension power: who may extend, and how far the whole period may then reach. */
export interface ExtensionTier {
  /** The longest the whole period may last, counted from the task's start, once this tier has approved. */
  upToTotal: Duration;
  approverRoles: Role[];
  /** 'TASK_AGENCY': an approver from the task's own agency; otherwise the code of the agency that must approve. */
  approverAgency: string;
  /** The request must arrive at least this long before the current deadline (e.g. 5 days for art. 147(3)). */
  requestLeadTime?: Duration;
  legalBasis: string;
}

export interface ExtensionRule {
  maxCount: number;
  tiers: ExtensionTier[];
}

export interface DeadlineCatalogueEntry {
  key: string;
  title: { vi: string; en: string };
  duration: Duration;
  nature: DeadlineNature;
  legalBasis: string;
  confidence: Confidence;
  extension?: ExtensionRule;
  /** The period may not end on a weekend or public holiday: it then ends on the next working day. */
  rollOverNonWorkingDay?: boolean;
}

export type EscalationTarget = 'AGENCY_HEAD' | 'STANDING_OFFICE' | 'LEADERSHIP';

export interface EscalationLevel {
  level: number;
  target: EscalationTarget;
  /** Delay after the deadline at which this level fires. */
  after: Duration;
}

export interface EscalationLadder {
  /** Fraction of the allowed time after which the assignee gets a reminder (0.75 = at 75 %). */
  reminderAtRatio: number;
  levels: EscalationLevel[];
}

/** What a process takes at its start: the catalogue version in force and the holiday calendar. */
export interface CatalogueSnapshot extends DeadlineCatalogue {
  holidays: string[];
}

/** One version of the catalogue: a process keeps the version it started with, so its deadlines never shift underneath it. */
export interface DeadlineCatalogue {
  version: number;
  entries: DeadlineCatalogueEntry[];
  escalationLadder: EscalationLadder;
}
