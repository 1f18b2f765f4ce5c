import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';

type Agency = Schemas['AgencyDto'];

/** The agency list (GET /agencies, shared cache with the names elsewhere) as picker options: names, never bare codes. */
export function useAgencyOptions(): (filter: (agency: Agency) => boolean) => Array<{ value: string; label: string }> {
  const { i18n } = useTranslation();
  const agencies = useQuery({ queryKey: ['agencies'], queryFn: async () => unwrap(await api.GET('/agencies')), staleTime: 60 * 60_000 });
  return (filter) =>
    (agencies.data ?? [])
      .filter((agency) => agency.active && filter(agency))
      .map((agency) => ({ value: agency.code, label: i18n.language === 'en' ? agency.nameEn : agency.nameVi }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
}
