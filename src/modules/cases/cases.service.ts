import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { Repository } from 'typeorm';
import { businessReference } from '../../domain/business-reference';
import { CaseEntity } from './case.entity';

@Injectable()
export class CasesService {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  /** Idempotent: a tip opens one case however often the activity is retried. */
  async openFromTip(tipId: string): Promise<CaseEntity> {
    const existing = await this.cases.findOneBy({ originTipId: tipId });
    if (existing) return existing;
    await this.cases
      .createQueryBuilder()
      .insert()
      .values({ reference: businessReference('CASE', Date.now(), () => randomInt(32)), originTipId: tipId, status: 'OPEN' })
      .orIgnore()
      .execute();
    return this.cases.findOneByOrFail({ originTipId: tipId });
  }
}
