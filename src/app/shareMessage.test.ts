import fc from 'fast-check';
import i18next, { type TFunction } from 'i18next';
import LZString from 'lz-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { enFull as en } from '../i18n/locales/enFull.ts';
import { ko } from '../i18n/locales/ko.ts';
import { designArbitrary } from '../io/json/arbitrary.ts';
import { MAX_RESOURCES } from '../io/json/read.ts';
import { lzBomb } from '../testing/lzBomb.ts';
import { encodeShareFragment, sharedStart, type SharedStart } from '../io/share/link.ts';
import { brokenLinkNotice } from './shareMessage.ts';

type Broken = Extract<SharedStart, { kind: 'broken' }>;

/** One broken link of every kind the decoder tells apart. */
function brokenLinks(): Broken[] {
  const [design] = fc.sample(designArbitrary(), { numRuns: 1, seed: 4 });
  const fragment = encodeShareFragment(design!);
  const many = Array.from({ length: MAX_RESOURCES + 1 }, (_, i) => ({ id: `r${i}` }));
  const hashes = [
    fragment.slice(0, Math.floor(fragment.length * 0.6)), // cut off
    '#d=hello', // garbage
    `#d=${lzBomb(5000)}`, // unpacks past 10 MB
    `#d=${LZString.compressToEncodedURIComponent(JSON.stringify({ format: 'vpc-town', version: 1, resources: many }))}`,
    `#d=${LZString.compressToEncodedURIComponent('{"format":"other"}')}`, // not a design
  ];
  const out = hashes.map((h) => sharedStart(h) as Broken);
  out.push({ kind: 'broken', problem: 'tooLong', errors: [], message: '' });
  return out;
}

let tEn: TFunction;
let tKo: TFunction;
beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({
      lng,
      resources: { en: { translation: en }, ko: { translation: ko } },
      interpolation: { escapeValue: false },
    });
    return i.t.bind(i) as TFunction;
  };
  tEn = await make('en');
  tKo = await make('ko');
});

describe('the notice for a share link that did not open', () => {
  it('says why once, in English and Korean: no sentence twice, "share link" at most once', () => {
    const links = brokenLinks();
    expect(links.map((l) => l.problem)).toEqual([
      'damaged',
      'damaged',
      'tooBig',
      'tooManyResources',
      'invalid',
      'tooLong',
    ]);
    for (const link of links) {
      for (const [t, term] of [
        [tEn, /share link/gi],
        [tKo, /공유 링크/g],
      ] as const) {
        const text = brokenLinkNotice(link, t);
        expect(text).not.toMatch(/\{\{|files\./);
        const sentences = text.split(/(?<=[.:])\s+/).filter((s) => s.trim());
        expect(new Set(sentences).size, text).toBe(sentences.length);
        expect(text.match(term)?.length ?? 0, text).toBeLessThanOrEqual(1);
      }
    }
  });

  it('names the count and the ceiling for a design with too many resources, and the limit for a bomb', () => {
    const [, , bomb, many] = brokenLinks();
    expect(brokenLinkNotice(many!, tEn)).toContain('20,001 resources; VPC Town opens designs of up to 20,000');
    expect(brokenLinkNotice(many!, tKo)).toContain('리소스가 20,001개');
    expect(brokenLinkNotice(bomb!, tEn)).toContain('more than 10 MB');
    expect(brokenLinkNotice(bomb!, tKo)).toContain('10 MB');
  });
});
