/**
 * A compression bomb for tests (issue #11): a short lz-string URI-component payload that would
 * unpack to a huge text. Not imported by the app.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A compression bomb in lz-string's URI-component format: one literal "a", then `codes` codes
 * that each name the entry being defined (w + w[0]), so entry k is k+1 characters long and the
 * output after n codes is (n+1)(n+2)/2 characters: quadratic in the length of the link.
 */
export function lzBomb(codes: number, end = true): string {
  const bits: number[] = [];
  const put = (value: number, n: number) => {
    for (let i = 0; i < n; i++) bits.push(Math.floor(value / 2 ** i) % 2);
  };
  put(0, 2);
  put('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    put(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  if (end) put(2, numBits);
  while (bits.length % 6) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = v * 2 + bits[i + j]!;
    out += ALPHABET[v];
  }
  return out + 'A';
}
