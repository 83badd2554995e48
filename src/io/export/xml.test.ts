import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportError, exportFailure } from './errors.ts';
import { xmlSafe } from './xml.ts';

/** XML 1.0's Char production, checked code point by code point (surrogates only as pairs). */
function allXmlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    if (c === 0x9 || c === 0xa || c === 0xd) continue;
    if (c < 0x20 || c === 0xfffe || c === 0xffff) return false;
  }
  return true;
}

/** Any UTF-16 string, lone surrogates included (fc.string's 'binary' unit is very slow to generate). */
const units = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0xffff })), { maxLength: 40 })
  .map((codes) => String.fromCharCode(...codes));

describe('xmlSafe', () => {
  it('replaces what XML 1.0 forbids with U+FFFD and keeps everything else', () => {
    expect(xmlSafe('web\u0001a\u001b[31m\uFFFE\uFFFF\uD800z\uDC00')).toBe(
      'web\uFFFDa\uFFFD[31m\uFFFD\uFFFD\uFFFDz\uFFFD',
    );
    expect(xmlSafe('tab\there\nline\r한글 😀 <b>&amp;</b>')).toBe('tab\there\nline\r한글 😀 <b>&amp;</b>');
    expect(xmlSafe('\u0000')).toBe('\uFFFD');
  });

  it('any string comes out as XML characters only, the same length, and encodable as a URI', () => {
    fc.assert(
      fc.property(units, (s) => {
        const safe = xmlSafe(s);
        expect(allXmlChars(safe)).toBe(true);
        expect(safe.length).toBe(s.length);
        expect(() => encodeURIComponent(safe)).not.toThrow();
        if (allXmlChars(s)) expect(safe).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('exportFailure', () => {
  it('words a failure in words, never "[object Event]"', () => {
    expect(exportFailure(new ExportError('memory'))).toEqual({ reason: 'memory' });
    expect(exportFailure({ type: 'error' })).toEqual({ reason: 'draw' });
    expect(exportFailure('[object Event]')).toEqual({ reason: 'draw' });
    expect(exportFailure(new Error('[object Event]'))).toEqual({ reason: 'draw' });
    expect(exportFailure(undefined)).toEqual({ reason: 'draw' });
    expect(exportFailure(new TypeError('Failed to fetch'))).toEqual({ message: 'Failed to fetch' });
  });
});
