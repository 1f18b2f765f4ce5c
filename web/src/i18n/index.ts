import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// Before sign-in the browser's own last choice (not personal data, so localStorage is acceptable; nothing else is
// stored); once signed in, the language kept with the account (GET /me).
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
});
document.title = i18n.t('app.title');

/** A choice made with the switch: this browser shows it before the next sign-in too. */
export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(LANGUAGE_KEY, language);
}

export default i18n;
