import { Role } from '../../domain/role';

/**
 * Who may open the Temporal Web UI: administrators (they run the system and need to see a stuck workflow, its pending
 * activities and task queues), auditors (they check that the engine's record matches the audit log) and coordinators
 * (they follow every case; the only role the API's codec endpoint opens payloads for, so the only one who reads them
 * in clear there). All read only: the UI server refuses every write, and so does the proxy. Workflow state is changed
 * through the API, or by an administrator with the `temporal` CLI on the internal network (docs/operations.md).
 */
export const TEMPORAL_UI_ROLES: readonly Role[] = [Role.ADMIN, Role.AUDITOR, Role.COORDINATOR];
