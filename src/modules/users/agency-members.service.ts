import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { UserEntity } from './user.entity';

const WORKER_ROLES = [Role.OFFICER, Role.AGENCY_HEAD];

/** The officers and heads of an agency: who holds a task, and whom its head can give one to. */
@Injectable()
export class AgencyMembersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Coordinators (who assign across agencies) and the agency's own staff; nobody else. */
  async list(user: AuthUser, agencyCode: string): Promise<UserEntity[]> {
    const mayRead = user.roles.includes(Role.COORDINATOR) || (user.agencyCode === agencyCode && user.roles.some((r) => WORKER_ROLES.includes(r)));
    if (!mayRead) throw new AppException(ErrorCode.FORBIDDEN, `Only coordinators and the staff of ${agencyCode} can list its members`);
    return this.users
      .createQueryBuilder('u')
      .where('u.agency_code = :agencyCode', { agencyCode })
      .andWhere('u.roles && :roles', { roles: WORKER_ROLES })
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
  }

  /** 400 on `field` unless the user is an active officer or head of the agency. */
  async requireActiveMember(userId: string, agencyCode: string, field: string): Promise<UserEntity> {
    const found = await this.users.findOneBy({ id: userId });
    if (!found || !found.active || found.agencyCode !== agencyCode || !found.roles.some((r) => WORKER_ROLES.includes(r)))
      throw new AppException(ErrorCode.VALIDATION_FAILED, `${field}: not an active officer of ${agencyCode}`);
    return found;
  }

  /** Display names by user id (requesters shown to an approver of another agency). */
  async names(ids: string[]): Promise<Map<string, string>> {
    ids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length === 0) return new Map();
    const found = await this.users.createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
    return new Map(found.map((u) => [u.id, u.displayName]));
  }
}
