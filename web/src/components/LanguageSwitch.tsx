import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { type Language, LANGUAGES, rememberLanguage } from '../i18n';
import type { Me } from '../session/use-me';
import { sessionKeys } from '../session/query-keys';

/** Switches the language at once; signed in, the choice is kept with the account for the next sign-in anywhere. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
    const me = queryClient.getQueryData<Me | null>(sessionKeys.me);
    if (!me) return;
    queryClient.setQueryData<Me>(sessionKeys.me, { ...me, language });
    // A failed save costs only the next sign-in's language: the screen has already switched.
    void api.PUT('/me/language', { body: { language } });
  };
  return (
    <SegmentedControl
      aria-label={t('common.language')}
      size="xs"
      style={{ flexShrink: 0 }}
      value={i18n.language}
      onChange={(language) => choose(language as Language)}
      data={LANGUAGES.map((language) => ({ value: language, label: language === 'vi' ? 'Tiếng Việt' : 'English' }))}
    />
  );
}
