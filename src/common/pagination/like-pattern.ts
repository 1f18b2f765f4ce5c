/** A `q` search term as an ILIKE pattern matching it anywhere, its own % and _ taken literally. */
export const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
