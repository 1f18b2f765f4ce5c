import { Injectable } from '@nestjs/common';
import type { DeadlineCatalogueEntry } from '../../domain/deadline-catalogue';
import { legalBasisVi } from '../../domain/legal-basis-vi';
import { OUTCOME_TEXTS } from '../../domain/outcome-text-catalogue';
import { countsByArticle134 } from '../../domain/period-end';
import type { Language } from '../../common/i18n/language';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { CatalogueService } from '../catalogue/catalogue.service';
import { outcomeJsonSchema } from './outcome-json-schema';
import { STEP_PLACEMENTS } from './step-placement';
import { StepDeadlineDto, StepDto } from './step.dto';

const toDeadline = (e: DeadlineCatalogueEntry): StepDeadlineDto => ({
  key: e.key,
  title: e.title,
  duration: e.duration,
  nature: e.nature,
  confidence: e.confidence,
  legalBasis: e.legalBasis,
  legalBasisVi: legalBasisVi(e.legalBasis),
  counting: e.counting ?? (countsByArticle134(e) ? 'ART_134' : 'PLAIN'),
  extension: e.extension ? { ...e.extension, tiers: e.extension.tiers.map((t) => ({ ...t, legalBasisVi: legalBasisVi(t.legalBasis) })) } : null,
});

@Injectable()
export class StepsService {
  constructor(private readonly catalogue: CatalogueService) {}

  /** Every step of every process, its deadlines from the catalogue in force, and its outcome as JSON Schema with the texts in `language`. */
  async list(language: Language): Promise<StepDto[]> {
    const current = await this.catalogue.current();
    const entries = new Map(current.entries.map((e) => [e.key, e]));
    return Object.values(STEP_DEFINITIONS).map((step) => {
      const placement = STEP_PLACEMENTS[step.stepType];
      return {
        stepType: step.stepType,
        process: placement.process,
        title: step.title,
        defaultAgencyCode: placement.defaultAgencyCode,
        agencyNote: placement.agencyNote ?? null,
        completerRoles: step.completerRoles,
        jointSignOff: step.jointSignOff ?? false,
        deadlines: placement.deadlineKeys.flatMap((key) => (entries.has(key) ? [toDeadline(entries.get(key)!)] : [])),
        catalogueVersion: current.version,
        outcomeSchema: outcomeJsonSchema(step.outcome, step.title[language], OUTCOME_TEXTS[step.stepType], language),
      };
    });
  }
}
