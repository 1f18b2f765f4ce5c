import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { HttpClient } from './http-client';
import { TestSystem } from './test-system';
import { TEST_PASSWORD } from './test-users';

/**
 * An officer and a head for any agency a scenario reaches (officer-<CODE>, head-<CODE>), created on first use,
 * so a test can act "as the agency the task is assigned to" without a fixed user list.
 */
export class AgencyStaff {
  private readonly clients = new Map<string, Promise<HttpClient>>();

  constructor(private readonly system: TestSystem) {}

  officer(agencyCode: string): Promise<HttpClient> {
    return this.client(agencyCode, 'officer', Role.OFFICER);
  }

  head(agencyCode: string): Promise<HttpClient> {
    return this.client(agencyCode, 'head', Role.AGENCY_HEAD);
  }

  private client(agencyCode: string, kind: string, role: Role): Promise<HttpClient> {
    const username = `${kind}-${agencyCode}`;
    if (!this.clients.has(username))
      this.clients.set(
        username,
        (async () => {
          await upsertUsers(this.system.db, [{ username, displayName: username, agencyCode, roles: [role], password: TEST_PASSWORD }]);
          return this.system.as(username as never);
        })(),
      );
    return this.clients.get(username)!;
  }
}
