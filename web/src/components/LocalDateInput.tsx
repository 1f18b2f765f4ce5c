import { ProvinceDateField, type ProvinceDateFieldProps } from './ProvinceDateField';

/** A calendar day, typed or picked as dd/MM/yyyy; a day has no time zone, so its value is the day itself. */
export function LocalDateInput({ value, onChange, ...props }: ProvinceDateFieldProps) {
  return <ProvinceDateField {...props} withTime={false} value={value} onChange={(day) => onChange(day ? day.slice(0, 10) : null)} />;
}
