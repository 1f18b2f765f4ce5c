import { linkOptions } from '@tanstack/react-router';

/** The case's printable document (/case/<reference>/print: no controls, Quốc hiệu, processes, outcomes, timeline). */
export const casePrintLink = (reference: string) => linkOptions({ to: '/case/$reference/print', params: { reference } });
