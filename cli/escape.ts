/**
 * Make text from a design safe to print on a terminal or in a CI log (issue #11). Names, ids, CIDRs
 * and every other string of a design file reach the output; a name holding ESC [2J clears the
 * screen, ESC ] 0 ; … BEL retitles the terminal, a carriage return or newline overwrites or forges a
 * line of the log, and a bidi override (Trojan Source, CVE-2021-42574) reorders what the reader sees.
 *
 * Unsafe: C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls (U+0080–U+009F; U+009B is a one-byte
 * CSI on some terminals), the bidi embeddings, overrides, isolates and marks (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C) and the line and paragraph separators (U+2028, U+2029).
 * Each is shown as its JSON-style escape, `\u001b`, so the reader sees that it is there.
 */

/** C1 controls, DEL, bidi marks, embeddings, overrides and isolates, line and paragraph separators. */
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');
/** The same, except the newline: for whole chunks of output whose lines the CLI itself wrote. */
const UNSAFE_BUT_NEWLINE = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f${BEYOND_C0}]`, 'g');
/** What JSON.stringify leaves raw (it escapes C0 itself). */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

const escapeOne = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One value (a name, an id, a message): every unsafe character escaped, newlines included. */
export function escapeText(value: string | number): string {
  return String(value).replace(UNSAFE, escapeOne);
}

/** A chunk of output: unsafe characters escaped, the CLI's own newlines kept. */
export function escapeOutput(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escapeOne);
}

/** JSON for a terminal: `JSON.stringify`, with the characters it leaves raw written as `\uXXXX` (same value). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, escapeOne);
}
