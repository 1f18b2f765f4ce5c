/**
 * Severity of a trafficking charge (Penal Code 2015): art. 150 cl. 1–2 and art. 151 cl. 1 are very serious;
 * art. 150 cl. 3 and art. 151 cl. 2–3 are especially serious. Investigation, prosecution and trial periods depend on it.
 */
export type Severity = 'VERY_SERIOUS' | 'ESPECIALLY_SERIOUS';

export interface Charge {
  article: 150 | 151;
  clause: number;
}

export function severityOf(charge: Charge): Severity {
  if (charge.article === 150) return charge.clause >= 3 ? 'ESPECIALLY_SERIOUS' : 'VERY_SERIOUS';
  return charge.clause >= 2 ? 'ESPECIALLY_SERIOUS' : 'VERY_SERIOUS';
}
