import { describe, expect, it } from 'vitest';
import { enDialogs } from '../../i18n/locales/enDialogs.ts';
import { ko } from '../../i18n/locales/ko.ts';
import { IAC_NOTE_CODES } from './notes.ts';

describe('export notes', () => {
  it('every note code is worded in English and Korean, and no text is left without a code', () => {
    const en = Object.keys(enDialogs.iacExport.note).sort();
    expect(en).toEqual([...IAC_NOTE_CODES].sort());
    expect(Object.keys(ko.iacExport.note).sort()).toEqual(en);
  });
});
