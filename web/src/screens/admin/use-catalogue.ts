import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CatalogueVersion } from './compare-catalogues';
import { catalogueKeys } from './query-keys';

/** The version in force (GET /catalogue): its number tells which older versions exist (1 … n). */
export function useCurrentCatalogue() {
  return useQuery({ queryKey: catalogueKeys.current(), queryFn: async () => unwrap(await api.GET('/catalogue')) as unknown as CatalogueVersion });
}

/** One version (GET /catalogue/versions/{v}); versions never change once published. */
export function useCatalogueVersion(version: number | null) {
  return useQuery({
    queryKey: catalogueKeys.version(version),
    enabled: version !== null,
    staleTime: Infinity,
    queryFn: async () =>
      unwrap(await api.GET('/catalogue/versions/{version}', { params: { path: { version: version ?? 0 } } })) as unknown as CatalogueVersion,
  });
}

/** Every published version, newest (in force) first, with why and when (GET /catalogue/versions). */
export function useCatalogueVersions() {
  return useQuery({ queryKey: catalogueKeys.versions(), queryFn: async () => unwrap(await api.GET('/catalogue/versions')) });
}
