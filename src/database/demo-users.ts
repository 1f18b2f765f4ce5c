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

/** Creates or resets the given accounts with the given passwords. */
export async function upsertUsers(
  dataSource: DataSource,
  users: ReadonlyArray<{ username: string; displayName: string; agencyCode: string; roles: Role[]; password: string }>,
): Promise<void> {
  const repo = dataSource.getRepository(UserEntity);
  for (const u of users) {
    const passwordHash = await PasswordHasher.hash(u.password);
    await repo.upsert({ username: u.username, displayName: u.displayName, agencyCode: u.agencyCode, roles: u.roles, passwordHash, active: true }, [
      'username',
    ]);
  }
}
