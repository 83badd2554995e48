/**
 * The message for a share link that did not open: why (one sentence, said once), in the user's
 * language. The decoder (io/share/link.ts) says what went wrong as a problem code; the words are
 * the app's (files.shared.problems), so they exist in English and Korean.
 */
import type { TFunction } from 'i18next';
import { MAX_DESIGN_BYTES } from '../io/json/limits.ts';
import { MAX_FRAGMENT_CHARS } from '../io/share/fragment.ts';
import type { SharedStart } from '../io/share/link.ts';

const count = (v: number | undefined) => (v ?? 0).toLocaleString('en-US');

function shareProblemText(start: Extract<SharedStart, { kind: 'broken' }>, t: TFunction): string {
  switch (start.problem) {
    case 'tooLong':
      return t('files.shared.problems.tooLong', { max: count(MAX_FRAGMENT_CHARS) });
    case 'tooBig':
      return t('files.shared.problems.tooBig', { max: MAX_DESIGN_BYTES / (1024 * 1024) });
    case 'tooManyResources': {
      const params = start.errors.find((e) => e.code === 'tooManyResources')?.params;
      return t('files.shared.problems.tooManyResources', { resources: count(params?.count), max: count(params?.max) });
    }
    case 'invalid':
      return t('files.shared.problems.invalid', { detail: start.message });
    case 'noDesign':
    case 'damaged':
      return t('files.shared.problems.damaged');
  }
}

/** The whole notice: why, then what was kept. */
export function brokenLinkNotice(start: Extract<SharedStart, { kind: 'broken' }>, t: TFunction): string {
  return t('files.shared.broken', { problem: shareProblemText(start, t) });
}
