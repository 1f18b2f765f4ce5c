import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// The language choice is not personal data, so a cookie-free preference in localStorage is acceptable; nothing else is stored.
const LANGUAGE_KEY = 'language';
const saved = window.localStorage.getItem(LANGUAGE_KEY);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: saved === 'en' ? 'en' : 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
  window.localStorage.setItem(LANGUAGE_KEY, language);
});
document.title = i18n.t('app.title');

export default i18n;
