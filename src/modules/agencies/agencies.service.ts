import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { LocalizedText } from '../../common/i18n/localized-text';
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

  /**
   * 400 naming the field unless the code is an active agency of the list (a task for it could never be projected);
   * with the field's label, the refusal names it in the caller's language.
   */
  async requireKnown(code: string, field: string, label?: LocalizedText): Promise<AgencyEntity> {
    const agency = await this.agencies.findOneBy({ code });
    if (!agency || !agency.active)
      throw refusal(
        field,
        `${field}: agency ${code} does not exist`,
        label && {
          vi: `${label.vi}: không có trong danh sách cơ quan đang hoạt động`,
          en: `${label.en}: "${code}" is not an agency of the list`,
        },
      );
    return agency;
  }

  /** The commune committee for a commune code in any of its forms; 400 naming the field unless it is a commune of the list. */
  async requireCommune(code: string, field: string, label?: LocalizedText): Promise<string> {
    const committee = communeCommittee(code);
    const agency = committee ? await this.agencies.findOneBy({ code: committee }) : null;
    if (!agency || !agency.active || agency.kind !== 'COMMUNE')
      throw refusal(
        field,
        `${field}: ${code} is not a commune of the agency list`,
        label && {
          vi: `${label.vi}: không có trong danh sách xã, phường đang hoạt động`,
          en: `${label.en}: "${code}" is not a commune of the agency list`,
        },
      );
    return committee!;
  }
}

/** A 400 for one field: in English as before, and, when the field's label is known, in both languages by that label. */
function refusal(field: string, english: string, labelled?: LocalizedText): AppException {
  return new AppException(ErrorCode.VALIDATION_FAILED, english, labelled ? { details: [{ field, code: 'unknownCode', message: labelled }] } : {});
}
