/**
 * One source of texts for the app (i18next, react-i18next). English and Korean; the choice is
 * remembered in localStorage and defaults to the browser's language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { FINDINGS_NS } from './findings/ns.ts';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'vpc-town:language';

function detectLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'ko') return saved;
  } catch {
    /* storage can be unavailable (private mode); fall back to the browser */
  }
  const nav = globalThis.navigator?.language ?? 'en';
  return nav.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/**
 * Make a language's texts available. Korean is a separate chunk, and so are the texts of
 * findings and hops in either language: until they arrive a finding shows the validator's own
 * English message, and react-i18next re-renders when they are added (bindI18nStore: 'added').
 */
async function loadLanguage(lng: Language): Promise<void> {
  const findings = i18next.hasResourceBundle(lng, FINDINGS_NS)
    ? null
    : (lng === 'ko'
        ? import('./findings/ko.ts').then((m) => m.findingsKo)
        : import('./findings/en.ts').then((m) => m.findingsEn)
      ).then((texts) => i18next.addResourceBundle(lng, FINDINGS_NS, texts, true, true));
  if (lng === 'ko' && !i18next.hasResourceBundle('ko', 'translation')) {
    const { ko } = await import('./locales/ko.ts');
    i18next.addResourceBundle('ko', 'translation', ko, true, true);
  }
  // The UI texts are needed before rendering; the findings texts (`findings`) may follow.
  void findings;
}

/** Initialise i18next with the remembered (or the browser's) language, loading its texts first. */
export async function initI18nAsync(lng: Language = detectLanguage()) {
  const i18n = initI18n('en');
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
  return i18n;
}

function initI18n(lng: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      // English is bundled; Korean is loaded when chosen (see loadLanguage), keeping it out of
      // the first-load JavaScript for English users.
      resources: { en: { translation: en } },
      ns: ['translation', FINDINGS_NS],
      defaultNS: 'translation',
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes; names are rendered as text nodes.
      react: { bindI18nStore: 'added' },
      returnNull: false,
    });
  }
  return i18next;
}

let dialogTexts: Promise<void> | null = null;

/**
 * Add the dialogs' English texts (locales/enDialogs.ts) before a dialog first shows: they are not
 * in the first-load JavaScript. ko.ts has its own; English is loaded whichever language is chosen,
 * as the fallback. Once; a failed load is tried again on the next call.
 */
export function loadDialogTexts(): Promise<void> {
  dialogTexts ??= import('./locales/enDialogs.ts').then(
    ({ enDialogs }) => {
      i18next.addResourceBundle('en', 'translation', enDialogs, true, false);
    },
    (e: unknown) => {
      dialogTexts = null;
      throw e;
    },
  );
  return dialogTexts;
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
