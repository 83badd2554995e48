/**
 * Text made fit for an XML 1.0 document. Names are free text (the app accepts any string), but
 * XML 1.0 has no way to write most C0 control characters, U+FFFE, U+FFFF or an unpaired surrogate,
 * not even as a character reference (`&#1;` is not well-formed either). A picture with one of
 * those in a name was not valid SVG: the SVG export could not be opened and the PNG export, which
 * draws that SVG, failed. Each becomes U+FFFD, the replacement character: visible, and the rest of
 * the name is kept. Tab, line feed and carriage return are allowed and stay.
 *
 * Applied to the serialised markup as a whole (image.ts), so text, attributes and copied styles
 * are all covered: none of these characters can be part of the markup itself.
 */
// XML 1.0 (Fifth Edition) §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Scanned by code unit (a regular expression would need control characters, which the linter
// rightly flags): a surrogate is kept only as part of a pair.
export function xmlSafe(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad: boolean;
    if (c >= 0x20 && c < 0xd800) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    else if (c < 0x20) bad = c !== 0x9 && c !== 0xa && c !== 0xd;
    else bad = c === 0xfffe || c === 0xffff;
    if (!bad) continue;
    (out ??= []).push(text.slice(from, i), '\uFFFD');
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}
