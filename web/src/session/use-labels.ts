import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { sessionKeys } from './query-keys';

type LabelList = {
  [K in keyof Schemas['LabelsDto']]: Schemas['LabelsDto'][K] extends Array<{ value: string }> ? K : never;
}[keyof Schemas['LabelsDto']];

/** The API's own words for its codes (GET /labels), in the screen's language; the code itself until they load. */
export function useLabels(): (list: LabelList, value: string) => string {
  const { i18n } = useTranslation();
  const labels = useQuery({ queryKey: sessionKeys.labels, queryFn: async () => unwrap(await api.GET('/labels')), staleTime: 60 * 60_000 });
  return (list, value) => {
    const found = (labels.data?.[list] as Array<{ value: string; vi: string; en: string }> | undefined)?.find((l) => l.value === value);
    if (!found) return value;
    return i18n.language === 'en' ? found.en : found.vi;
  };
}
