/** The tip page's address (/tip/<reference>: /tips/<reference> is the API's JSON). */
export const tipPath = (reference: string) => `/tip/${encodeURIComponent(reference)}`;
