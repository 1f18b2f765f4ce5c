import { Duration } from './duration';
import { Role } from './role';

/** Whether a deadline is the law's or the province's own choice; only policy values may be tuned freely. */
export type DeadlineNature = 'LAW' | 'POLICY';
/** How sure we are of the legal text: read it, a reliable paraphrase, or not found (configurable and flagged). */
export type Confidence = 'TEXT' | 'SECOND_HAND' | 'UNVERIFIED' | 'POLICY';

/**
 * One step of extension power: who may extend, how far the whole period may then reach, and (where the law says so)
 * how long each extension may be, how many this tier may grant and whether it may act only after the previous tier.
 * The optional fields came with catalogue version 3: older versions omit them and keep their looser meaning.
 */
export interface ExtensionTier {
  /** The longest the whole period may last, counted from the legal start (time the clock stood still excluded). */
  upToTotal: Duration;
  approverRoles: Role[];
  /**
   * 'TASK_AGENCY': the head of the agency the process named when it created the task (not whoever holds it after a
   * reassignment); otherwise the code of the agency that must approve.
   */
  approverAgency: string;
  /** The request must arrive at least this long before the current deadline (e.g. 5 days for art. 147(3)). */
  requestLeadTime?: Duration;
  legalBasis: string;
  /** The longest single extension this tier may grant (art. 172: 4 months each; art. 277: 30 days). */
  maxPerExtension?: Duration;
  /** How many extensions this tier may grant, counted apart from the other tiers (art. 147(3): once). */
  maxCount?: number;
  /** Only once the period has reached the previous tier's reach (art. 147(3): after the 2 months of 147(2)). */
  afterPreviousTier?: boolean;
}

export interface ExtensionRule {
  /** All extensions together, whatever tier granted them. */
  maxCount: number;
  tiers: ExtensionTier[];
}

/**
 * How a period is counted. ART_134: BLTTHS 2015 art. 134 — a period in days or months ends at 24:00 (local) of its
 * last day, and a last day that is a day off moves to the next working day. PLAIN: the instant plus the duration.
 * Absent (versions 1–2): ART_134 for every entry whose legal basis is the Criminal Procedure Code (BLTTHS).
 */
export type PeriodCounting = 'ART_134' | 'PLAIN';

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
  counting?: PeriodCounting;
}

export type EscalationTarget = 'AGENCY_HEAD' | 'STANDING_OFFICE' | 'LEADERSHIP';

export interface EscalationLevel {
  level: number;
  target: EscalationTarget;
  /** Delay after the deadline at which this level fires. */
  after: Duration;
}

export interface EscalationLadder {
  /** Fraction of the allowed time after which the assignee gets a reminder: must be AT_RISK_RATIO (0.75), where a task counts as at risk. */
  reminderAtRatio: number;
  levels: EscalationLevel[];
}

/** What a process takes at its start: the catalogue version in force and the holiday calendar. */
export interface CatalogueSnapshot extends DeadlineCatalogue {
  holidays: string[];
  /** Years whose holidays the administrator has published; absent in snapshots taken before years were tracked. */
  publishedYears?: number[];
}

/** One version of the catalogue: a process keeps the version it started with, so its deadlines never shift underneath it. */
export interface DeadlineCatalogue {
  version: number;
  entries: DeadlineCatalogueEntry[];
  escalationLadder: EscalationLadder;
}
