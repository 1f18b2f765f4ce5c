import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('common.language')}
      size="xs"
      style={{ flexShrink: 0 }}
      value={i18n.language}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={LANGUAGES.map((language) => ({ value: language, label: language === 'vi' ? 'Tiếng Việt' : 'English' }))}
    />
  );
}
