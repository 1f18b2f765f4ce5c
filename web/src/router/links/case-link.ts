import { linkOptions } from '@tanstack/react-router';

/** The case page (/case/<reference>: /cases/<reference> is the API's JSON, and a reload must get the app). */
export const caseLink = (reference: string) => linkOptions({ to: '/case/$reference', params: { reference } });
