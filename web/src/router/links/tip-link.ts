import { linkOptions } from '@tanstack/react-router';

/** The tip page (/tip/<reference>: /tips/<reference> is the API's JSON). */
export const tipLink = (reference: string) => linkOptions({ to: '/tip/$reference', params: { reference } });
