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
// No `u` flag: the surrogates are matched as code units, a pair by look-around.
const NOT_XML_CHAR = new RegExp(
  '[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}
