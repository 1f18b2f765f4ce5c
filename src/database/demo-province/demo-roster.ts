import { Role } from '../../domain/role';
import { STANDING_OFFICE_AGENCY } from '../../domain/agency-codes';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { DemoApi, DemoSeedError } from './demo-api';

export interface DemoAccount {
  username: string;
  agencyCode: string;
  roles: readonly Role[];
}

/** Who acts for which agency: the first account of that agency and role whose password the seed was given. */
export class DemoRoster {
  private readonly clients = new Map<string, DemoApi>();

  constructor(
    private readonly baseUrl: string,
    private readonly accounts: readonly DemoAccount[],
    private readonly credentials: Readonly<Record<string, string>>,
  ) {}

  coordinator(): DemoApi {
    return this.member(STANDING_OFFICE_AGENCY, Role.COORDINATOR);
  }

  /** The person who completes a task of this step for this agency, as the step's completer roles require. */
  completerOf(task: { stepType: string; agencyCode: string }): DemoApi {
    const roles = STEP_DEFINITIONS[task.stepType]?.completerRoles ?? [Role.OFFICER];
    if (roles.includes(Role.COORDINATOR) && task.agencyCode === STANDING_OFFICE_AGENCY) return this.coordinator();
    return this.member(task.agencyCode, roles.includes(Role.OFFICER) ? Role.OFFICER : Role.AGENCY_HEAD);
  }

  member(agencyCode: string, role: Role): DemoApi {
    const account = this.accounts.find((a) => a.agencyCode === agencyCode && a.roles.includes(role) && this.credentials[a.username] !== undefined);
    if (!account) throw new DemoSeedError(`no demo account with a known password for ${role} of ${agencyCode}`);
    let client = this.clients.get(account.username);
    if (!client) {
      client = new DemoApi(this.baseUrl, account.username, this.credentials[account.username]);
      this.clients.set(account.username, client);
    }
    return client;
  }
}
