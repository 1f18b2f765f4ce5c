import { InitialSchema1764300000000 } from './1764300000000-initial-schema';
import { SeedAgencies1764300000001 } from './1764300000001-seed-agencies';
import { SeedDeadlineCatalogue1764300000002 } from './1764300000002-seed-deadline-catalogue';
import { TaskClockAndHolidays1764400000000 } from './1764400000000-task-clock-and-holidays';
import { SeedDeadlineCatalogueV21764400000001 } from './1764400000001-seed-deadline-catalogue-v2';
import { CaseWorkflow1764400000002 } from './1764400000002-case-workflow';
import { TaskPeriodStart1764500000000 } from './1764500000000-task-period-start';
import { LegalClocks1764600000000 } from './1764600000000-legal-clocks';
import { TipPinnedCatalogue1764700000000 } from './1764700000000-tip-pinned-catalogue';
import { SeedConsulates1764700000001 } from './1764700000001-seed-consulates';
import { IncidentsAndIdempotency1764800000000 } from './1764800000000-incidents-and-idempotency';
import { UsersSessionsAndLogins1765000000000 } from './1765000000000-users-sessions-and-logins';
import { ListIndexes1765100000000 } from './1765100000000-list-indexes';
import { StatisticsAndEventsIndexes1765400000000 } from './1765400000000-statistics-and-events-indexes';
import { UserLanguage1765510000000 } from './1765510000000-user-language';
import { SeedDeadlineCatalogueV41766000000000 } from './1766000000000-seed-deadline-catalogue-v4';
import { SuspensionDecisions1766100000001 } from './1766100000001-suspension-decisions';
import { CaseIdempotencyKey1766200000000 } from './1766200000000-case-idempotency-key';
import { TaskPerson1766300000000 } from './1766300000000-task-person';
import { ForeignKeyIndexes1766700000000 } from './1766700000000-foreign-key-indexes';
import { PendingLoginAttempts1766500000000 } from './1766500000000-pending-login-attempts';
import { ProcessRecords1767300000000 } from './1767300000000-process-records';
import { AuditChain1767400000000 } from './1767400000000-audit-chain';
import { RoleGrants1767400000001 } from './1767400000001-role-grants';
import { SealColumns1767500000000 } from './1767500000000-seal-columns';
import { AuditChainedAfterInsert1767600000000 } from './1767600000000-audit-chained-after-insert';

/** In order; TypeORM runs the pending ones by the timestamp in their names. */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  SeedAgencies1764300000001,
  SeedDeadlineCatalogue1764300000002,
  TaskClockAndHolidays1764400000000,
  SeedDeadlineCatalogueV21764400000001,
  CaseWorkflow1764400000002,
  TaskPeriodStart1764500000000,
  LegalClocks1764600000000,
  TipPinnedCatalogue1764700000000,
  SeedConsulates1764700000001,
  IncidentsAndIdempotency1764800000000,
  UsersSessionsAndLogins1765000000000,
  ListIndexes1765100000000,
  StatisticsAndEventsIndexes1765400000000,
  UserLanguage1765510000000,
  SeedDeadlineCatalogueV41766000000000,
  SuspensionDecisions1766100000001,
  CaseIdempotencyKey1766200000000,
  TaskPerson1766300000000,
  ForeignKeyIndexes1766700000000,
  PendingLoginAttempts1766500000000,
  ProcessRecords1767300000000,
  AuditChain1767400000000,
  RoleGrants1767400000001,
  SealColumns1767500000000,
  AuditChainedAfterInsert1767600000000,
];
