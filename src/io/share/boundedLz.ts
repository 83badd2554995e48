/**
 * lz-string's `decompressFromEncodedURIComponent`, ported so that it stops at a size limit.
 *
 * LZ-family formats let a short input expand quadratically: every code can name a dictionary
 * entry one character longer than the last, so a 368 KB link unpacks towards 10^10 characters and
 * takes the tab down before any size check on the result could run (issue #11). lz-string has no
 * bounded API, so this is its decoder with one change: it counts the characters it has produced
 * and gives up as soon as they pass `maxChars`. Below the limit it returns exactly what lz-string
 * returns, quirks included (`''` for a stream that runs out, `null` for a code that names no
 * entry); the property test in boundedLz.test.ts holds it to that.
 *
 * Ported from lz-string 1.5.0 (libs/lz-string.js, `_decompress` and
 * `decompressFromEncodedURIComponent`).
 * lz-string: MIT License, Copyright (c) 2013 pieroxy (https://github.com/pieroxy/lz-string).
 */

const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** Character code → 6-bit value; characters outside the alphabet read as 0, as in lz-string. */
const VALUE = (() => {
  const table = new Uint8Array(128);
  for (let i = 0; i < URI_SAFE_ALPHABET.length; i++) table[URI_SAFE_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export type BoundedResult =
  /** What lz-string would have returned. */
  | { readonly ok: true; readonly text: string | null }
  /** The output passed `maxChars`; `readChars` is how far into the input decoding got. */
  | { readonly ok: false; readonly readChars: number };

/**
 * Decompress an lz-string URI-component payload, giving up once more than `maxChars` characters
 * (UTF-16 code units) would come out. Never allocates much more than `maxChars` characters.
 */
export function decompressUriComponentBounded(input: string, maxChars: number): BoundedResult {
  if (input == null) return { ok: true, text: '' };
  if (input === '') return { ok: true, text: null };
  const data = input.replace(/ /g, '+');
  const length = data.length;
  const valueAt = (index: number): number => {
    const code = data.charCodeAt(index); // NaN past the end: reads as 0, as lz-string's charAt('') does
    return code < 128 ? VALUE[code]! : 0;
  };

  // The bit reader of lz-string's _decompress: 6 bits a character, most significant first;
  // a value of n bits arrives least significant bit first.
  const RESET = 32;
  let val = valueAt(0);
  let position = RESET;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    const maxpower = Math.pow(2, n);
    let power = 1;
    while (power != maxpower) {
      const resb = val & position;
      position >>= 1;
      if (position == 0) {
        position = RESET;
        val = valueAt(index++);
      }
      bits |= (resb > 0 ? 1 : 0) * power;
      power <<= 1;
    }
    return bits;
  };

  // Entries 0–2 are lz-string's placeholders for the three control codes; they are never read
  // back as text (every code that reaches the lookup below is 3 or more).
  const dictionary: (string | number)[] = [0, 1, 2];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  let produced = 0;

  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    case 2:
      return { ok: true, text: '' };
    default:
      // Code 3 here matches no case in lz-string: its first entry stays undefined (and comes out
      // as "" or "undefined…" later). Nonsense, but kept: below the limit the output is lz-string's.
      c = undefined as unknown as string;
  }
  dictionary[3] = c;
  let w: string = c;
  const result: string[] = [c];
  produced += c === undefined ? 0 : c.length;
  if (produced > maxChars) return { ok: false, readChars: index };

  for (;;) {
    if (index > length) return { ok: true, text: '' };
    let code = readBits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(readBits(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(readBits(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2:
        return { ok: true, text: result.join('') };
    }
    if (enlargeIn == 0) {
      enlargeIn = Math.pow(2, numBits);
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) {
      entry = known as string;
    } else if (code === dictSize) {
      entry = w + w.charAt(0);
    } else {
      return { ok: true, text: null };
    }
    produced += entry.length;
    // The one change from lz-string: stop before the output (and the dictionary, whose entries
    // are at most one character longer than an output entry) can grow past the limit.
    if (produced > maxChars) return { ok: false, readChars: Math.min(index, length) };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn == 0) {
      enlargeIn = Math.pow(2, numBits);
      numBits++;
    }
  }
}
