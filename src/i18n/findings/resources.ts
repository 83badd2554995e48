import { findingsEn } from './en.ts';
import { findingsKo } from './ko.ts';

/** The `findings` namespace of each language, to register with i18next (tests and tools; the app loads Korean on demand). */
export const findingResources = { en: findingsEn, ko: findingsKo } as const;
