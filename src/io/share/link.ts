/**
 * Share links: the whole design, compressed into the URL fragment (`#d=…`), so sharing needs no
 * server and the design never leaves the browser (fragments are not sent in HTTP requests).
 *
 * The payload is lz-string's `compressToEncodedURIComponent` of the saved JSON, whose alphabet
 * (A–Z a–z 0–9 + - $) survives URLs unescaped. Decoding goes through parseDesignJson, so a link is
 * checked exactly like a file; a damaged or cut-off link gets its own message instead of a JSON
 * parser's.
 */
import LZString from 'lz-string';
import type { Design } from '../../model/types.ts';
import { parseDesignJson, type ParseResult } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { extractPayload, SHARE_PARAM } from './fragment.ts';

export { extractPayload, SHARE_PARAM } from './fragment.ts';
/** Longer fragments are refused before decompressing (browsers cap URLs at a few MB anyway). */
export const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;

const DAMAGED =
  'This share link is damaged or incomplete: its design could not be unpacked. Ask for the link again (copy all of it), or open the design file instead.';

/** `#d=<payload>`: put it after the app's URL. */
export function encodeShareFragment(design: Design): string {
  // Compact JSON: the indentation of saved files only makes links longer.
  const compact = JSON.stringify(JSON.parse(serializeDesign(design)));
  return `#${SHARE_PARAM}=${LZString.compressToEncodedURIComponent(compact)}`;
}

/** Decode a share link's fragment. Same result shape as parseDesignJson; never throws. */
export function decodeShareFragment(fragment: string): ParseResult {
  try {
    if (typeof fragment !== 'string') return damaged('This is not a share link.');
    let payload = extractPayload(fragment.trim());
    if (payload === null) {
      return damaged('This link holds no design: a VPC Town share link ends in "#d=" followed by the design.');
    }
    if (payload.length > MAX_FRAGMENT_CHARS) {
      return damaged('This share link is too long for VPC Town to open; share the design file instead.');
    }
    // Some mail and chat apps percent-encode characters of the payload; undo that.
    if (payload.includes('%')) {
      try {
        payload = decodeURIComponent(payload);
      } catch {
        return damaged(DAMAGED);
      }
    }
    if (payload === '') return damaged(DAMAGED);
    let text: string | null;
    try {
      text = LZString.decompressFromEncodedURIComponent(payload);
    } catch {
      return damaged(DAMAGED);
    }
    if (!text) return damaged(DAMAGED);
    try {
      JSON.parse(text);
    } catch {
      return damaged(DAMAGED);
    }
    return parseDesignJson(text);
  } catch {
    return damaged(DAMAGED);
  }
}

function damaged(message: string): ParseResult {
  return { ok: false, errors: [{ path: '', message }] };
}

export type SharedStart = { kind: 'none' } | { kind: 'shared'; design: Design } | { kind: 'broken'; message: string };

/** What a URL fragment asks for at start: nothing, a shared design to view, or a link that is broken. */
export function sharedStart(hash: string): SharedStart {
  if (!hash || extractPayload(hash) === null) return { kind: 'none' };
  const decoded = decodeShareFragment(hash);
  if (decoded.ok) return { kind: 'shared', design: decoded.design };
  return {
    kind: 'broken',
    message: decoded.errors
      .slice(0, 3)
      .map((e) => e.message)
      .join(' '),
  };
}
