import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../domain/error-code';
import { communeCommittee } from '../../domain/reception/reception-agencies';
import { AgencyEntity } from './agency.entity';

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

  find(code: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ code });
  }

  list(): Promise<AgencyEntity[]> {
    return this.agencies.find({ order: { code: 'ASC' } });
  }

  /** 400 naming the field unless the code is an active agency inside the system (external counterparts get no work). */
  async requireAssignable(code: string, field: string): Promise<AgencyEntity> {
    const agency = await this.requireKnown(code, field);
    if (agency.external)
      throw new AppException(
        ErrorCode.VALIDATION_FAILED,
        `${field}: agency ${code} is an external counterpart; record its replies through an internal agency`,
      );
    return agency;
  }

  /** 400 naming the field unless the code is an active agency of the list (a task for it could never be projected). */
  async requireKnown(code: string, field: string): Promise<AgencyEntity> {
    const agency = await this.agencies.findOneBy({ code });
    if (!agency || !agency.active) throw new AppException(ErrorCode.VALIDATION_FAILED, `${field}: agency ${code} does not exist`);
    return agency;
  }

  /** The commune committee for a commune code in any of its forms; 400 naming the field unless it is a commune of the list. */
  async requireCommune(code: string, field: string): Promise<string> {
    const committee = communeCommittee(code);
    const agency = committee ? await this.agencies.findOneBy({ code: committee }) : null;
    if (!agency || !agency.active || agency.kind !== 'COMMUNE')
      throw new AppException(ErrorCode.VALIDATION_FAILED, `${field}: ${code} is not a commune of the agency list`);
    return committee!;
  }
}
