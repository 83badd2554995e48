/**
 * One source of texts for the app (i18next, react-i18next). English and Korean; the choice is
 * remembered in localStorage and defaults to the browser's language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { FINDINGS_NS } from './findings/index.ts';
import { findingsEn } from './findings/en.ts';

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

/** Make a language's texts available (Korean is a separate chunk). */
export async function loadLanguage(lng: Language): Promise<void> {
  if (lng === 'en' || i18next.hasResourceBundle(lng, 'translation')) return;
  const [{ ko }, { findingsKo }] = await Promise.all([import('./locales/ko.ts'), import('./findings/ko.ts')]);
  i18next.addResourceBundle('ko', 'translation', ko, true, true);
  i18next.addResourceBundle('ko', FINDINGS_NS, findingsKo, true, true);
}

/** Initialise i18next with the remembered (or the browser's) language, loading its texts first. */
export async function initI18nAsync(lng: Language = detectLanguage()) {
  const i18n = initI18n('en');
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
  return i18n;
}

export function initI18n(lng: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      // English is bundled; Korean is loaded when chosen (see loadLanguage), keeping it out of
      // the first-load JavaScript for English users.
      resources: { en: { translation: en, [FINDINGS_NS]: findingsEn } },
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

export async function setLanguage(lng: Language) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  } catch {
    /* not remembering the language is acceptable */
  }
  await loadLanguage(lng);
  await i18next.changeLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export { i18next };
