/**
 * One source of texts for the app (i18next, react-i18next). English and Korean; the choice is
 * remembered in localStorage and defaults to the browser's language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { ko } from './locales/ko.ts';
import { FINDINGS_NS, findingResources } from './findings/index.ts';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'vpc-town:language';

export function detectLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'ko') return saved;
  } catch {
    /* storage can be unavailable (private mode); fall back to the browser */
  }
  const nav = globalThis.navigator?.language ?? 'en';
  return nav.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function initI18n(lng: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        en: { translation: en, [FINDINGS_NS]: findingResources.en },
        ko: { translation: ko, [FINDINGS_NS]: findingResources.ko },
      },
      ns: ['translation', FINDINGS_NS],
      defaultNS: 'translation',
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes; names are rendered as text nodes.
      returnNull: false,
    });
  }
  return i18next;
}

export function setLanguage(lng: Language) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  } catch {
    /* not remembering the language is acceptable */
  }
  void i18next.changeLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export { i18next };
