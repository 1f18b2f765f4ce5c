import { DataSource } from 'typeorm';
import { Role } from '../domain/role';
import { PasswordHasher } from '../modules/users/password-hasher';
import { UserEntity } from '../modules/users/user.entity';

/** One development account per role (never created when NODE_ENV=production). */
export const DEMO_USERS: ReadonlyArray<{ username: string; displayName: string; agencyCode: string; roles: Role[] }> = [
  { username: 'coordinator', displayName: 'Điều phối viên (Văn phòng thường trực)', agencyCode: 'BCD_VPTT', roles: [Role.COORDINATOR] },
  { username: 'officer', displayName: 'Cán bộ Cơ quan CSĐT Công an tỉnh', agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] },
  { username: 'agency-head', displayName: 'Thủ trưởng Cơ quan CSĐT Công an tỉnh', agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] },
  { username: 'leadership', displayName: 'Phó Chủ tịch UBND tỉnh', agencyCode: 'UBND_TINH', roles: [Role.LEADERSHIP] },
  { username: 'admin', displayName: 'Quản trị hệ thống', agencyCode: 'BCD_VPTT', roles: [Role.ADMIN] },
];

/**
 * Hashes made here, by password: development and test accounts often share one password, and scrypt at full cost
 * takes a third of a second each. The price (accounts with the same password share a salt) is acceptable only
 * for these seeded accounts; real accounts are hashed one by one.
 */
const seededHashes = new Map<string, Promise<string>>();

/** Creates or resets the given accounts with the given passwords (development and test accounts only). */
export async function upsertUsers(
  dataSource: DataSource,
  users: ReadonlyArray<{ username: string; displayName: string; agencyCode: string; roles: Role[]; password: string }>,
): Promise<void> {
  const repo = dataSource.getRepository(UserEntity);
  for (const u of users) {
    if (!seededHashes.has(u.password)) seededHashes.set(u.password, PasswordHasher.hash(u.password));
    const passwordHash = await seededHashes.get(u.password)!;
    await repo.upsert(
      {
        username: u.username,
        displayName: u.displayName,
        agencyCode: u.agencyCode,
        roles: u.roles,
        passwordHash,
        active: true,
        mustChangePassword: false,
      },
      ['username'],
    );
  }
}
