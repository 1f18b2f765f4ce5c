import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';

export type Agency = Schemas['AgencyDto'];

/** Every agency (GET /agencies, the key the rest of the app shares), and an agency's name in the screen's language. */
export function useAgencies() {
  const { i18n } = useTranslation();
  const agencies = useQuery({ queryKey: ['agencies'], queryFn: async () => unwrap(await api.GET('/agencies')) });
  const nameOf = (agency: Agency) => (i18n.language === 'en' ? agency.nameEn : agency.nameVi);
  const name = (code: string | null | undefined) => {
    const agency = agencies.data?.find((a) => a.code === code);
    return agency ? nameOf(agency) : (code ?? '');
  };
  return { agencies, nameOf, name };
}
