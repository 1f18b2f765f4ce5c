import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';
import { sessionKeys } from '../../session/query-keys';

type LabelList = {
  [K in keyof Schemas['LabelsDto']]: Schemas['LabelsDto'][K] extends Array<{ value: string; vi: string; en: string }> ? K : never;
}[keyof Schemas['LabelsDto']];

export interface Option {
  value: string;
  label: string;
}

/** A filter's choices in the API's own words (GET /labels, shared with useLabels), in the screen's language. */
export function useLabelOptions(): (list: LabelList, only?: readonly string[]) => Option[] {
  const { i18n } = useTranslation();
  const labels = useQuery({ queryKey: sessionKeys.labels, queryFn: async () => unwrap(await api.GET('/labels')), staleTime: 60 * 60_000 });
  return (list, only) =>
    ((labels.data?.[list] ?? []) as Array<{ value: string; vi: string; en: string }>)
      .filter((label) => !only || only.includes(label.value))
      .map((label) => ({ value: label.value, label: i18n.language === 'en' ? label.en : label.vi }));
}
