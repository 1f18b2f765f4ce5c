import { useEffect, useState } from 'react';

const read = <K extends string>(keys: readonly K[]): Partial<Record<K, string>> => {
  const params = new URLSearchParams(window.location.search);
  return Object.fromEntries(keys.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))) as Partial<Record<K, string>>;
};

/**
 * A list's filters in the URL query, under the API's own parameter names, so a link or a reload shows the same rows.
 * Only the given keys are read and written; free-text search is kept out of the URL (it may hold a name).
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [Partial<Record<K, string>>, (changes: Partial<Record<K, string | null>>) => void] {
  const [filters, setFilters] = useState(() => read(keys));
  useEffect(() => {
    const onPop = () => setFilters(read(keys));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // The keys are a constant of each screen: the listener is set once.
  }, [keys]);
  const change = (changes: Partial<Record<K, string | null>>) => {
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes) as Array<[K, string | null | undefined]>) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    setFilters(read(keys));
  };
  return [filters, change];
}
