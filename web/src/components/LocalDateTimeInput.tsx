import { instantToProvinceWall, provinceWallToInstant } from '../format/province-time';
import { ProvinceDateField, type ProvinceDateFieldProps } from './ProvinceDateField';

/**
 * A date and time in the province (UTC+7), typed or picked as dd/MM/yyyy HH:mm whatever the computer's time zone;
 * its value (`value`, an instant in ISO) is the instant, as the API takes it.
 */
export function LocalDateTimeInput({ value, onChange, ...props }: ProvinceDateFieldProps) {
  return <ProvinceDateField {...props} withTime value={instantToProvinceWall(value)} onChange={(wall) => onChange(provinceWallToInstant(wall))} />;
}
