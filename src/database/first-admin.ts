import { DataSource } from 'typeorm';
import { passwordProblem } from '../domain/password-policy';
import { Role } from '../domain/role';
import { PasswordHasher } from '../modules/users/password-hasher';
import { temporaryPassword } from '../modules/users/temporary-password';
import { UserEntity } from '../modules/users/user.entity';

export type FirstAdminResult = { created: true; username: string; temporaryPassword?: string } | { created: false; reason: string };

/**
 * Creates the first administrator, only while no active administrator exists (so it can run at every start without
 * effect once the system has one). The password must be changed at first login; without one, a temporary password
 * is generated and returned once.
 */
export async function createFirstAdmin(
  dataSource: DataSource,
  input: { username: string; password?: string; agencyCode?: string; displayName?: string },
): Promise<FirstAdminResult> {
  const username = input.username.trim();
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(username)) throw new Error('the username must be 3–64 lower-case letters, digits, dot, dash or underscore');
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, username);
    if (problem) throw new Error(`the first administrator's password: ${problem}`);
  }
  return dataSource.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('users:first-admin'))`);
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM users WHERE active AND 'ADMIN' = ANY(roles)`);
    if (n > 0) return { created: false, reason: `an active administrator already exists (${n}); manage accounts through the API` };
    const repo = m.getRepository(UserEntity);
    if (await repo.findOneBy({ username })) return { created: false, reason: `the username ${username} is taken by a non-administrator account` };
    const agencyCode = input.agencyCode ?? 'BCD_VPTT';
    const [agency] = await m.query(`SELECT active, external FROM agencies WHERE code = $1`, [agencyCode]);
    if (!agency || !agency.active || agency.external) throw new Error(`agency ${agencyCode} is not an active agency of the system`);
    const generated = input.password === undefined ? temporaryPassword() : undefined;
    await repo.insert({
      username,
      displayName: input.displayName ?? 'Quản trị hệ thống',
      agencyCode,
      roles: [Role.ADMIN],
      passwordHash: await PasswordHasher.hash(input.password ?? generated!),
      mustChangePassword: true,
      active: true,
    });
    return { created: true, username, temporaryPassword: generated };
  });
}
