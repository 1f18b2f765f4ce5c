import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { SessionStore } from '../../common/auth/session-store';
import { keysetPage, Page } from '../../common/pagination';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { AgenciesService } from '../agencies/agencies.service';
import { AuditService } from '../audit/audit.service';
import { PRIVILEGED_ROLES } from '../role-grants/privileged-roles';
import { RoleGrantsService } from '../role-grants/role-grants.service';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { PasswordHasher } from './password-hasher';
import { temporaryPassword } from './temporary-password';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly agencies: AgenciesService,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
    private readonly grants: RoleGrantsService,
  ) {}

  findActiveByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username, active: true });
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  async replacePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }

  async setOwnPassword(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() });
  }

  async setLanguage(id: string, language: 'vi' | 'en'): Promise<void> {
    await this.users.update({ id }, { language });
  }

  async list(query: ListUsersQueryDto): Promise<Page<UserEntity>> {
    const qb = this.users.createQueryBuilder('u');
    if (query.q) qb.andWhere(`(u.username ILIKE :q OR u.display_name ILIKE :q)`, { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (query.agencyCode) qb.andWhere('u.agency_code = :agencyCode', { agencyCode: query.agencyCode });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    return keysetPage(qb, { list: 'users', key: 'u.username', keyType: 'text', id: 'u.id', idType: 'uuid', direction: 'ASC' }, query);
  }

  async get(id: string): Promise<UserEntity> {
    const user = /^[0-9a-f-]{36}$/i.test(id) ? await this.findById(id) : null;
    if (!user) throw new AppException(ErrorCode.NOT_FOUND, `No user ${id}`);
    return user;
  }

  /** A new account with a temporary password, returned once: the user must change it at first login. */
  /** COORDINATOR, ADMIN and AUDITOR among the roles are asked for, not given: a second administrator approves them. */
  async create(admin: AuthUser, body: CreateUserDto): Promise<{ user: UserEntity; temporaryPassword: string; pendingRoles: Role[] }> {
    await this.agencies.requireAssignable(body.agencyCode, 'agencyCode');
    if (await this.findByUsername(body.username)) throw new AppException(ErrorCode.CONFLICT, `username: ${body.username} is taken`);
    const password = temporaryPassword();
    const passwordHash = await PasswordHasher.hash(password);
    const asked = body.roles.filter((r) => PRIVILEGED_ROLES.includes(r));
    const roles = body.roles.filter((r) => !asked.includes(r));
    const { user, pendingRoles } = await this.users.manager.transaction(async (m) => {
      const saved = await m
        .getRepository(UserEntity)
        .save(m.getRepository(UserEntity).create({ ...body, roles, passwordHash, mustChangePassword: true, active: true }));
      await this.audit.record(
        { actorId: admin.userId, action: 'USER_CREATED', subjectType: 'USER', subjectId: saved.id, detail: { ...body, roles } },
        m,
      );
      return { user: saved, pendingRoles: await this.grants.request(m, admin, saved.id, asked) };
    });
    return { user, temporaryPassword: password, pendingRoles };
  }

  /**
   * Removing roles and other changes apply at once; adding COORDINATOR, ADMIN or AUDITOR is asked for and applies when
   * a second administrator approves (`pendingRoles`).
   */
  async update(admin: AuthUser, id: string, body: UpdateUserDto): Promise<{ user: UserEntity; pendingRoles: Role[] }> {
    const user = await this.get(id);
    // Separation of duties: an administrator never widens (or narrows) their own powers; another one must.
    if (id === admin.userId && body.roles !== undefined && !sameRoles(body.roles, user.roles))
      throw new AppException(ErrorCode.SELF_ROLE_CHANGE, 'You cannot change the roles of your own account; ask another administrator');
    if (body.agencyCode !== undefined && body.agencyCode !== user.agencyCode) await this.agencies.requireAssignable(body.agencyCode, 'agencyCode');
    const asked = (body.roles ?? []).filter((r) => PRIVILEGED_ROLES.includes(r) && !user.roles.includes(r));
    const roles = body.roles?.filter((r) => !asked.includes(r));
    return this.users.manager.transaction(async (m) => {
      if (roles && user.active && user.roles.includes(Role.ADMIN) && !roles.includes(Role.ADMIN)) await this.requireAnotherAdmin(m, user.id);
      const pendingRoles = await this.grants.request(m, admin, id, asked);
      const changes = Object.fromEntries(Object.entries({ ...body, roles }).filter(([, v]) => v !== undefined));
      if (roles && sameRoles(roles, user.roles)) delete changes.roles;
      if (Object.keys(changes).length === 0) return { user, pendingRoles };
      await m.getRepository(UserEntity).update({ id }, changes);
      await this.audit.record(
        {
          actorId: admin.userId,
          action: 'USER_UPDATED',
          subjectType: 'USER',
          subjectId: id,
          detail: { before: pick(user, changes), after: changes },
        },
        m,
      );
      return { user: (await m.getRepository(UserEntity).findOneBy({ id }))!, pendingRoles };
    });
  }

  /** Deactivation ends every session of the account at once; reactivation lets it log in again. */
  async setActive(admin: AuthUser, id: string, active: boolean): Promise<UserEntity> {
    const user = await this.get(id);
    if (!active && user.id === admin.userId) throw new AppException(ErrorCode.CONFLICT, 'You cannot deactivate your own account');
    const updated = await this.users.manager.transaction(async (m) => {
      if (!active && user.active && user.roles.includes(Role.ADMIN)) await this.requireAnotherAdmin(m, user.id);
      await m.getRepository(UserEntity).update({ id }, { active });
      await this.audit.record(
        { actorId: admin.userId, action: active ? 'USER_REACTIVATED' : 'USER_DEACTIVATED', subjectType: 'USER', subjectId: id },
        m,
      );
      return (await m.getRepository(UserEntity).findOneBy({ id }))!;
    });
    if (!active) await this.sessions.revokeAllOf(id, 'USER_DEACTIVATED');
    return updated;
  }

  /** A new temporary password (returned once); the account's sessions end and it must choose a password at next login. */
  async resetPassword(admin: AuthUser, id: string): Promise<{ user: UserEntity; temporaryPassword: string }> {
    const user = await this.get(id);
    const password = temporaryPassword();
    await this.users.update({ id }, { passwordHash: await PasswordHasher.hash(password), mustChangePassword: true });
    await this.sessions.revokeAllOf(id, 'PASSWORD_RESET');
    await this.audit.record({ actorId: admin.userId, action: 'USER_PASSWORD_RESET', subjectType: 'USER', subjectId: id });
    return { user: (await this.findById(user.id))!, temporaryPassword: password };
  }

  /** Nobody could administer the system any more: refuse to remove its last active administrator. */
  private async requireAnotherAdmin(m: EntityManager, exceptId: string): Promise<void> {
    // Serialises concurrent removals, so two administrators cannot remove each other at the same time.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('users:last-admin'))`);
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM users WHERE active AND 'ADMIN' = ANY(roles) AND id <> $1`, [exceptId]);
    if (n === 0) throw new AppException(ErrorCode.CONFLICT, 'This is the last active administrator: create or promote another one first');
  }
}

function pick(user: UserEntity, changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(changes).map((k) => [k, (user as unknown as Record<string, unknown>)[k]]));
}

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));
