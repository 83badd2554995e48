import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { lzBomb } from '../../testing/lzBomb.ts';
import { decompressUriComponentBounded } from './boundedLz.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** lz-string's own answer, with a throw as its own outcome. */
function reference(input: string): { text: string | null } | { threw: true } {
  try {
    return { text: LZString.decompressFromEncodedURIComponent(input) };
  } catch {
    return { threw: true };
  }
}
function bounded(input: string, max: number) {
  try {
    const r = decompressUriComponentBounded(input, max);
    return r.ok ? { text: r.text } : { tooLong: true as const };
  } catch {
    return { threw: true as const };
  }
}

/** Any UTF-16 text, lone surrogates included (fc.string's 'binary' unit is very slow to generate). */
const anyText = fc
  .array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0, max: 0xffff })), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));

describe('decompressUriComponentBounded', () => {
  it('the crafted bomb is what it claims: 100 codes unpack (with lz-string) to 5,151 "a"s', () => {
    const bomb = lzBomb(100);
    expect(bomb.length).toBeLessThan(200);
    expect(LZString.decompressFromEncodedURIComponent(bomb)).toBe('a'.repeat((101 * 102) / 2));
    expect(decompressUriComponentBounded(bomb, 10_000)).toEqual({ ok: true, text: 'a'.repeat(5151) });
  });

  it('stops a compression bomb early: a 170 KB link that would unpack to 1.8 billion characters', () => {
    // 60,000 codes: lz-string would try to build (60,001 × 60,002) / 2 ≈ 1.8e9 characters.
    const bomb = lzBomb(60_000);
    expect(bomb.length).toBeLessThan(200_000);
    const limit = 10 * 1024 * 1024;
    const r = decompressUriComponentBounded(bomb, limit);
    expect(r.ok).toBe(false);
    // It gave up after about √(2 × limit) ≈ 4,600 codes: under a tenth of the link was read.
    expect(!r.ok && r.readChars).toBeLessThan(bomb.length / 10);
  });

  it('equals lz-string for every compressed text whose result is under the limit', () => {
    fc.assert(
      fc.property(anyText, fc.nat({ max: 260 }), (text, max) => {
        const payload = LZString.compressToEncodedURIComponent(text);
        const r = decompressUriComponentBounded(payload, max);
        if (text.length <= max) expect(r).toEqual({ ok: true, text });
        else expect(r.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('equals lz-string on any input at all (garbage, cut-off, spaces, foreign characters) under the limit', () => {
    const payload = fc.oneof(
      fc.string({ unit: fc.constantFrom(...ALPHABET, ' ', '%', '=', 'é', '\u{1F600}'), maxLength: 60 }),
      fc.tuple(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(), fc.nat({ max: 3 })).map(([t, cut, drop]) => {
        const p = LZString.compressToEncodedURIComponent(t);
        const at = p.length ? cut % p.length : 0;
        return p.slice(0, at) + p.slice(at + drop);
      }),
    );
    fc.assert(
      fc.property(payload, fc.nat({ max: 3000 }), (input, max) => {
        const want = reference(input);
        // Without a limit it is lz-string, throws included.
        expect(bounded(input, Infinity)).toEqual(want);
        const got = bounded(input, max);
        if ('tooLong' in got) {
          // Giving up is only allowed when lz-string does not return a text within the limit
          // (it returns a longer one, or discards what it made: "" for a cut-off stream, null, a throw).
          const fits = 'text' in want && want.text !== null && want.text !== '' && want.text.length <= max;
          expect(fits).toBe(false);
        } else expect(got).toEqual(want);
        if ('text' in want && want.text !== null && want.text.length > max) expect(got).toEqual({ tooLong: true });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps lz-string’s answers for the empty input and an immediately ended stream', () => {
    expect(decompressUriComponentBounded('', 10)).toEqual({
      ok: true,
      text: LZString.decompressFromEncodedURIComponent(''),
    });
    const empty = LZString.compressToEncodedURIComponent('');
    expect(decompressUriComponentBounded(empty, 10)).toEqual({ ok: true, text: '' });
  });
});
