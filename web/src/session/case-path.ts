/** The case page's address (/case/<reference>: /cases/<reference> is the API's JSON, and a reload must get the app). */
export const casePath = (reference: string) => `/case/${encodeURIComponent(reference)}`;
