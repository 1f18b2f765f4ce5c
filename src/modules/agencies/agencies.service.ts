import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../domain/error-code';
import { AgencyEntity } from './agency.entity';

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

  list(): Promise<AgencyEntity[]> {
    return this.agencies.find({ order: { code: 'ASC' } });
  }

  /** An active agency that can be given work inside the system (external counterparts cannot). */
  async requireAssignable(code: string): Promise<AgencyEntity> {
    const agency = await this.agencies.findOneBy({ code });
    if (!agency || !agency.active) throw new AppException(ErrorCode.NOT_FOUND, `Agency ${code} does not exist`);
    if (agency.external)
      throw new AppException(ErrorCode.VALIDATION_FAILED, `Agency ${code} is an external counterpart; record its replies through an internal agency`);
    return agency;
  }
}
