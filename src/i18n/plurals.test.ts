/**
 * Count-bearing UI texts read right for one and for many ("1 route", not "1 routes"), in English
 * and Korean, through i18next's own plural resolution (`_one` / `_other`, Intl.PluralRules).
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { enFull as en } from './locales/enFull.ts';
import { ko } from './locales/ko.ts';

type Tree = { [k: string]: string | Tree };
function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function translator(lng: 'en' | 'ko'): TFunction {
  const inst = i18next.createInstance();
  void inst.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return inst.t;
}

describe('plural UI texts', () => {
  const t = translator('en');

  it.each([
    ['node.routes', {}, '1 route', '2 routes'],
    ['node.rules', {}, '1 rule', '2 rules'],
    ['inspector.multi', {}, '1 item selected.', '2 items selected.'],
    ['findings.count.error', {}, '1 error', '2 errors'],
    ['findings.count.warning', {}, '1 warning', '2 warnings'],
    ['findings.count.info', {}, '1 note', '2 notes'],
    [
      'files.openedRepaired',
      { name: 'web', first: 'x' },
      'Opened “web” as a new design; 1 problem was repaired: x',
      'Opened “web” as a new design; 2 problems were repaired. First: x',
    ],
  ])('English %s: singular for 1, plural for 2', (key, params, one, two) => {
    expect(t(key, { ...params, count: 1 })).toBe(one);
    expect(t(key, { ...params, count: 2 })).toBe(two);
  });

  it('a template card counts its resources and flows each in its own form', () => {
    expect(t('files.templates.counts', { resources: 1, flows: 1 })).toBe('1 resource · 1 flow');
    expect(t('files.templates.counts', { resources: 10, flows: 2 })).toBe('10 resources · 2 flows');
    expect(translator('ko')('files.templates.counts', { resources: 10, flows: 1 })).toBe('리소스 10개 · 흐름 1개');
  });

  it('Korean has one form for every count', () => {
    const k = translator('ko');
    expect(k('node.routes', { count: 1 })).toBe('경로 1개');
    expect(k('node.routes', { count: 2 })).toBe('경로 2개');
    expect(k('findings.count.error', { count: 1 })).toBe('오류 1개');
  });

  it('every English text that shows a {{count}} has a singular and a plural form', () => {
    // Counts that are never 1: a share link's length is only mentioned above 8000 characters,
    // "…and N more" reads right for any N, and an import is only too large above 20,000 resources.
    const neverOne = new Set(['files.link.long', 'files.openError.more', 'awsImport.problem.too-many-resources']);
    const E = leaves(en as unknown as Tree);
    for (const [key, text] of E) {
      if (!text.includes('{{count}}') || neverOne.has(key)) continue;
      const base = key.replace(/_(one|other)$/, '');
      expect(E.has(`${base}_one`), `${base}_one`).toBe(true);
      expect(E.has(`${base}_other`), `${base}_other`).toBe(true);
    }
  });

  it('no English text uses "a" before a vowel sound or "an" before a consonant', () => {
    for (const [key, text] of leaves(en as unknown as Tree)) {
      expect(text, key).not.toMatch(/\ba (?:[aeio]\w|inbound|outbound|EC2|RDS|internet)/i);
      expect(text, key).not.toMatch(/\ban (?:VPC|Region|Subnet|security|route|load)/i);
    }
  });
});
