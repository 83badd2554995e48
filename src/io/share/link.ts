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
import { MAX_DESIGN_BYTES, MAX_RESOURCES, parseDesignJson, utf8Length, type ReadError } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { decompressUriComponentBounded } from './boundedLz.ts';
import { extractPayload, MAX_FRAGMENT_CHARS, SHARE_PARAM } from './fragment.ts';

export { extractPayload, MAX_FRAGMENT_CHARS, SHARE_PARAM } from './fragment.ts';

/**
 * Why a link did not open. The app words each one itself, in the user's language
 * (files.shared.problems); `invalid` is a design that unpacked but failed the design checks.
 */
export type ShareProblem = 'noDesign' | 'tooLong' | 'damaged' | 'tooBig' | 'tooManyResources' | 'invalid';

export type ShareDecodeResult =
  { ok: true; design: Design; warnings: string[] } | { ok: false; problem: ShareProblem; errors: ReadError[] };

const MB = 1024 * 1024;
const DAMAGED =
  'This share link is damaged or cut off, so its design could not be unpacked. Ask for the link again (all of it), or for the design file.';

/** `#d=<payload>`: put it after the app's URL. */
export function encodeShareFragment(design: Design): string {
  // Compact JSON: the indentation of saved files only makes links longer.
  const compact = JSON.stringify(JSON.parse(serializeDesign(design)));
  return `#${SHARE_PARAM}=${LZString.compressToEncodedURIComponent(compact)}`;
}

/**
 * Decode a share link's fragment. Same result shape as parseDesignJson, plus the problem; never
 * throws. The payload is unpacked with a bounded decoder (boundedLz.ts) that stops once the
 * design would pass the size limit of a file: a compression bomb costs a few milliseconds, not
 * the tab.
 */
export function decodeShareFragment(fragment: string): ShareDecodeResult {
  try {
    if (typeof fragment !== 'string') return refuse('noDesign', 'This is not a share link.');
    let payload = extractPayload(fragment.trim());
    if (payload === null) {
      return refuse(
        'noDesign',
        'This link holds no design: a VPC Town share link ends in "#d=" followed by the design.',
      );
    }
    if (payload.length > MAX_FRAGMENT_CHARS) {
      return refuse(
        'tooLong',
        `This share link is ${payload.length} characters long, too long for VPC Town to open (at most ${MAX_FRAGMENT_CHARS}). Ask for the design file instead.`,
      );
    }
    // Some mail and chat apps percent-encode characters of the payload; undo that.
    if (payload.includes('%')) {
      try {
        payload = decodeURIComponent(payload);
      } catch {
        return refuse('damaged', DAMAGED);
      }
    }
    if (payload === '') return refuse('damaged', DAMAGED);
    // A UTF-16 code unit is at least one UTF-8 byte: more units than the byte limit is too big.
    const unpacked = decompressUriComponentBounded(payload, MAX_DESIGN_BYTES);
    if (!unpacked.ok || (unpacked.text && utf8Length(unpacked.text) > MAX_DESIGN_BYTES)) {
      return refuse(
        'tooBig',
        `This share link unpacks to more than ${MAX_DESIGN_BYTES / MB} MB, the most VPC Town opens, so it was not opened. The link may be damaged: ask for it again, or for the design file.`,
      );
    }
    const text = unpacked.text;
    if (!text) return refuse('damaged', DAMAGED);
    try {
      JSON.parse(text);
    } catch {
      return refuse('damaged', DAMAGED);
    }
    const parsed = parseDesignJson(text, { maxResources: MAX_RESOURCES });
    if (parsed.ok) return parsed;
    const tooMany = parsed.errors.some((e) => e.code === 'tooManyResources');
    return { ok: false, problem: tooMany ? 'tooManyResources' : 'invalid', errors: parsed.errors };
  } catch {
    return refuse('damaged', DAMAGED);
  }
}

function refuse(problem: ShareProblem, message: string): ShareDecodeResult {
  return { ok: false, problem, errors: [{ path: '', message }] };
}

export type SharedStart =
  | { kind: 'none' }
  | { kind: 'shared'; design: Design }
  | { kind: 'broken'; problem: ShareProblem; errors: ReadError[]; message: string };

/** What a URL fragment asks for at start: nothing, a shared design to view, or a link that is broken. */
export function sharedStart(hash: string): SharedStart {
  if (!hash || extractPayload(hash) === null) return { kind: 'none' };
  const decoded = decodeShareFragment(hash);
  if (decoded.ok) return { kind: 'shared', design: decoded.design };
  return {
    kind: 'broken',
    problem: decoded.problem,
    errors: decoded.errors.slice(0, 3),
    message: decoded.errors
      .slice(0, 3)
      .map((e) => e.message)
      .join(' '),
  };
}
