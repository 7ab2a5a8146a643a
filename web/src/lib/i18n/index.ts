import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

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

/** Namespace `translation`: the shell, sign-in and booth; `dashboard`: the managers' pages, records, imports, admin. */
export const DASHBOARD_NS = 'dashboard';

/**
 * Each language and namespace is its own lazy chunk, so the booth's first load carries one language's
 * shell and booth strings only (issue 13's 150 kB budget). The service worker precaches every chunk
 * (globPatterns **\/*.js), so switching language or reloading offline still finds them.
 */
const load = (language: string, namespace: string): Promise<object> => {
  const ko = language === 'ko';
  if (namespace === DASHBOARD_NS) return ko ? import('./dashboard.ko').then((m) => m.dashboardKo) : import('./dashboard.en').then((m) => m.dashboardEn);
  return ko ? import('./ko').then((m) => m.ko) : import('./en').then((m) => m.en);
};

// The router starts the first page's loader at creation, which can be before initI18n has run.
let initialised: () => void;
const ready = new Promise<void>((resolve) => (initialised = resolve));

/** Resolves once the active language's `translation` strings are in: render after it, so no raw key ever shows. */
export async function initI18n(): Promise<typeof i18n> {
  const language = pickLanguage(storedLanguage(), navigator.languages ?? [navigator.language]);
  const sync = (lng: string) => (document.documentElement.lang = lng);
  sync(language);
  i18n.on('languageChanged', sync);
  await i18n
    .use(resourcesToBackend(load))
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: LANGUAGES,
      // Both languages have exactly the same keys (the unit test checks), so a Korean user need not also fetch English.
      fallbackLng: false,
      ns: ['translation'],
      defaultNS: 'translation',
      // Pages keep calling t('records.…'): a key missing from `translation` is looked up in `dashboard`, once loaded.
      fallbackNS: DASHBOARD_NS,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  initialised();
  return i18n;
}

/**
 * For the route loaders of the managers' pages: their strings arrive before the page renders. Once
 * loaded, the namespace is part of every later language switch (i18next loads it for the new language
 * before it announces the change, so the page never shows keys).
 */
export async function loadDashboardStrings(): Promise<void> {
  await ready;
  await i18n.loadNamespaces(DASHBOARD_NS);
}

export { i18n };
