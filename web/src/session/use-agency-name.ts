import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';

/** An agency's name for its code (GET /agencies), in the screen's language; the code until the list loads. */
export function useAgencyName(): (code: string) => string {
  const { i18n } = useTranslation();
  const agencies = useQuery({ queryKey: ['agencies'], queryFn: async () => unwrap(await api.GET('/agencies')), staleTime: 60 * 60_000 });
  return (code) => {
    const agency = agencies.data?.find((a) => a.code === code);
    if (!agency) return code;
    return i18n.language === 'en' ? agency.nameEn : agency.nameVi;
  };
}
