/** What each stage may decide (BLTTHS 2015): the investigation's conclusion (art. 232–234). */
export enum InvestigationConclusion {
  RECOMMEND_PROSECUTION = 'RECOMMEND_PROSECUTION',
  /** Tạm đình chỉ: the process ends SUSPENDED; a resumed investigation is a new prosecution process of the case. */
  SUSPEND = 'SUSPEND',
  /** Đình chỉ: the process ends NOT_PROSECUTED. */
  DROP = 'DROP',
}

/** The procuracy's decision on the file (art. 240(1)). */
export enum ProcuracyDecision {
  PROSECUTE = 'PROSECUTE',
  RETURN_FOR_SUPPLEMENTARY = 'RETURN_FOR_SUPPLEMENTARY',
  NOT_PROSECUTE = 'NOT_PROSECUTE',
}

/** The presiding judge's decision while preparing the trial (art. 277). */
export enum CourtDecision {
  TRY = 'TRY',
  RETURN_FOR_SUPPLEMENTARY = 'RETURN_FOR_SUPPLEMENTARY',
  /** Tạm đình chỉ vụ án: the process ends SUSPENDED, like a suspended investigation. */
  SUSPEND = 'SUSPEND',
}

export enum Verdict {
  CONVICTED = 'CONVICTED',
  ACQUITTED = 'ACQUITTED',
}
