/** A catalogue entry as the screens read it (the API serves versions as free-form JSON). */
export interface CatalogueEntry {
  key: string;
  title: { vi: string; en: string };
  duration: { amount: number; unit: string };
  nature: string;
  legalBasis: string;
  confidence: string;
  counting?: string;
  rollOverNonWorkingDay?: boolean;
  extension?: {
    maxCount: number;
    tiers: Array<{ upToTotal: { amount: number; unit: string }; approverRoles: string[]; approverAgency: string; legalBasis: string }>;
  };
}

export interface CatalogueVersion {
  version: number;
  entries: CatalogueEntry[];
  escalationLadder: unknown;
}

export interface ChangedEntry {
  key: string;
  before: CatalogueEntry;
  after: CatalogueEntry;
  /** The entry's own fields that differ, in the entry's order (title, duration, nature, …). */
  fields: string[];
}

export interface CatalogueComparison {
  added: CatalogueEntry[];
  removed: CatalogueEntry[];
  changed: ChangedEntry[];
  escalationLadderChanged: boolean;
}

/** JSON with object keys sorted, so two entries that differ only in key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** What a newer version added, removed and changed against an older one, entry by entry (matched by key). */
export function compareCatalogues(older: CatalogueVersion, newer: CatalogueVersion): CatalogueComparison {
  const olderByKey = new Map(older.entries.map((entry) => [entry.key, entry]));
  const newerKeys = new Set(newer.entries.map((entry) => entry.key));
  const changed: ChangedEntry[] = [];
  for (const after of newer.entries) {
    const before = olderByKey.get(after.key);
    if (!before) continue;
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => name !== 'key');
    const fields = names.filter(
      (name) => canonical((before as unknown as Record<string, unknown>)[name]) !== canonical((after as unknown as Record<string, unknown>)[name]),
    );
    if (fields.length) changed.push({ key: after.key, before, after, fields });
  }
  return {
    added: newer.entries.filter((entry) => !olderByKey.has(entry.key)),
    removed: older.entries.filter((entry) => !newerKeys.has(entry.key)),
    changed,
    escalationLadderChanged: canonical(older.escalationLadder) !== canonical(newer.escalationLadder),
  };
}
