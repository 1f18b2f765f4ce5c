/** The languages the API answers in: Vietnamese (the province's) by default, English on request. */
export type Language = 'vi' | 'en';

export const DEFAULT_LANGUAGE: Language = 'vi';

/**
 * The caller's language from an Accept-Language header (`en`, `en-US,en;q=0.9`, `vi;q=0.5, en;q=0.8`): the supported
 * language with the highest weight, Vietnamese when none is named or the header is absent or malformed.
 */
export function languageOf(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return DEFAULT_LANGUAGE;
  let best: { language: Language; weight: number } | null = null;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (!best || weight > best.weight) best = { language: primary, weight };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
