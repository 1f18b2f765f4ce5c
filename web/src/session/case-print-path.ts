import { casePath } from './case-path';

/** The case's printable document (/case/<reference>/print: no controls, Quốc hiệu, processes, outcomes, timeline). */
export const casePrintPath = (reference: string) => `${casePath(reference)}/print`;
