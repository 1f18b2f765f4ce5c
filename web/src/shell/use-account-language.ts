import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../session/use-me';

/** After sign-in the app speaks the language kept with the account, whatever this browser chose before. */
export function useAccountLanguage(me: Me): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (me.language !== i18n.language) void i18n.changeLanguage(me.language);
  }, [me.language, i18n]);
}
