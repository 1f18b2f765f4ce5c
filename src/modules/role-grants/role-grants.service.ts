import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { RoleGrantStatus } from './role-grant-status';

/**
 * Two administrators per privileged grant: one asks (by creating or editing an account), another approves. Every
 * step writes an audit row marked `alert`, which the audit screen shows to auditors first.
 */
@Injectable()
export class RoleGrantsService {
  constructor(
    @InjectRepository(RoleGrantEntity) private readonly grants: Repository<RoleGrantEntity>,
    private readonly audit: AuditService,
  ) {}

  /** Records pending grants in the caller's transaction (a role already pending for the account is not asked twice). */
  async request(m: EntityManager, admin: AuthUser, userId: string, roles: readonly Role[]): Promise<Role[]> {
    const repo = m.getRepository(RoleGrantEntity);
    const pending = new Set((await repo.findBy({ userId, status: 'PENDING' })).map((g) => g.role));
    const asked = roles.filter((r) => !pending.has(r));
    for (const role of asked) {
      const grant = await repo.save(repo.create({ userId, role, status: 'PENDING', requestedBy: admin.userId }));
      await this.audit.record(
        {
          actorId: admin.userId,
          action: 'ROLE_GRANT_REQUESTED',
          subjectType: 'USER',
          subjectId: userId,
          detail: { role, grantId: grant.id, alert: true },
        },
        m,
      );
    }
    return [...pending, ...asked];
  }

  list(status?: RoleGrantStatus): Promise<RoleGrantEntity[]> {
    return this.grants.find({ where: status ? { status } : {}, order: { requestedAt: 'DESC' }, take: 200 });
  }

  /** id → username of these accounts. */
  async usernamesOf(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await this.grants.manager
      .getRepository(UserEntity)
      .find({ where: { id: In([...new Set(ids)]) }, select: { id: true, username: true } });
    return new Map(users.map((u) => [u.id, u.username]));
  }

  async pendingRolesOf(userId: string): Promise<Role[]> {
    return (await this.grants.findBy({ userId, status: 'PENDING' })).map((g) => g.role);
  }

  async approve(admin: AuthUser, id: string): Promise<RoleGrantEntity> {
    return this.decide(admin, id, 'APPROVED');
  }

  /** Either administrator may turn a request down, the one who asked included (withdrawing it). */
  async reject(admin: AuthUser, id: string): Promise<RoleGrantEntity> {
    return this.decide(admin, id, 'REJECTED');
  }

  private async decide(admin: AuthUser, id: string, status: 'APPROVED' | 'REJECTED'): Promise<RoleGrantEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppException(ErrorCode.NOT_FOUND, `No role grant ${id}`);
    return this.grants.manager.transaction(async (m) => {
      const grant = await m.getRepository(RoleGrantEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw new AppException(ErrorCode.NOT_FOUND, `No role grant ${id}`);
      if (grant.status !== 'PENDING') throw new AppException(ErrorCode.CONFLICT, `This role grant is already ${grant.status.toLowerCase()}`);
      if (status === 'APPROVED') {
        if (grant.requestedBy === admin.userId)
          throw new AppException(ErrorCode.OWN_GRANT_APPROVAL, 'Another administrator must approve a role grant you asked for');
        if (grant.userId === admin.userId)
          throw new AppException(ErrorCode.SELF_ROLE_CHANGE, 'You cannot approve a role for your own account; ask another administrator');
        const user = await m.getRepository(UserEntity).findOne({ where: { id: grant.userId }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw new AppException(ErrorCode.NOT_FOUND, `No user ${grant.userId}`);
        if (!user.roles.includes(grant.role)) await m.getRepository(UserEntity).update({ id: user.id }, { roles: [...user.roles, grant.role] });
      }
      await m.getRepository(RoleGrantEntity).update({ id }, { status, decidedBy: admin.userId, decidedAt: new Date() });
      await this.audit.record(
        {
          actorId: admin.userId,
          action: status === 'APPROVED' ? 'ROLE_GRANTED' : 'ROLE_GRANT_REJECTED',
          subjectType: 'USER',
          subjectId: grant.userId,
          detail: { role: grant.role, grantId: grant.id, requestedBy: grant.requestedBy, alert: true },
        },
        m,
      );
      return (await m.getRepository(RoleGrantEntity).findOneBy({ id }))!;
    });
  }
}
