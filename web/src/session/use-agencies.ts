import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { sessionKeys } from './query-keys';

export type Agency = Schemas['AgencyDto'];

export interface AgencyOption {
  value: string;
  label: string;
}

const HOUR = 60 * 60_000;

/**
 * Every agency (GET /agencies, one cache for the whole app), an agency's name in the screen's language (the code until
 * the list loads), and picker options: names, never bare codes, in the language's order. Agencies rarely change, so
 * the list is kept an hour; the administrator's screens, which change them, ask for it fresh (`staleTime` 0).
 */
export function useAgencies(staleTime = HOUR) {
  const { i18n } = useTranslation();
  const agencies = useQuery({ queryKey: sessionKeys.agencies, queryFn: async () => unwrap(await api.GET('/agencies')), staleTime });
  const nameOf = (agency: Agency) => (i18n.language === 'en' ? agency.nameEn : agency.nameVi);
  const name = (code: string | null | undefined) => {
    const agency = agencies.data?.find((a) => a.code === code);
    return agency ? nameOf(agency) : (code ?? '');
  };
  const options = (filter: (agency: Agency) => boolean): AgencyOption[] =>
    (agencies.data ?? [])
      .filter(filter)
      .map((agency) => ({ value: agency.code, label: nameOf(agency) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return { agencies, nameOf, name, options };
}

/** An agency's name for its code, in the screen's language. */
export function useAgencyName(): (code: string) => string {
  return useAgencies().name;
}

/** Picker options of the active agencies the filter keeps. */
export function useAgencyOptions(): (filter: (agency: Agency) => boolean) => AgencyOption[] {
  const { options } = useAgencies();
  return (filter) => options((agency) => agency.active && filter(agency));
}
