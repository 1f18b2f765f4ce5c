import { Role } from '../../domain/role';

/**
 * Who may open the Temporal Web UI: administrators (they run the system and need to see a stuck workflow, its pending
 * activities and task queues) and auditors (they check that the engine's record matches the audit log). Both read
 * only: the UI server refuses every write, and so does the proxy. Payloads stay sealed unless the API's codec
 * endpoint decodes them for the caller. Workflow state is changed through the API, or by an administrator with the
 * `temporal` CLI on the internal network (docs/operations.md).
 */
export const TEMPORAL_UI_ROLES: readonly Role[] = [Role.ADMIN, Role.AUDITOR];
