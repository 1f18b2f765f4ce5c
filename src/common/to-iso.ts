/** An instant (epoch ms or Date) as ISO 8601 for responses; null stays null. */
export const toIso = (at: Date | number | null | undefined): string | null => (at == null ? null : new Date(at).toISOString());
