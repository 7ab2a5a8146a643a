import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ko } from './ko';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The chosen language (not a secret) survives reloads; without a choice the browser's languages decide. */
const STORAGE_KEY = 'pavilion.language';

export function pickLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored === 'en' || stored === 'ko') return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko' || base === 'en') return base;
  }
  return 'en';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void i18n.changeLanguage(language);
}

export function initI18n(): typeof i18n {
  const language = pickLanguage(storedLanguage(), navigator.languages ?? [navigator.language]);
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const sync = (lng: string) => (document.documentElement.lang = lng);
  sync(language);
  i18n.on('languageChanged', sync);
  return i18n;
}

export { i18n };
