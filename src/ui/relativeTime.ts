/**
 * "5 minutes ago", "어제": when a design was changed, in the words of the user's language
 * (Intl.RelativeTimeFormat), so two designs of one name in the list can be told apart.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface RelativeParts {
  readonly value: number;
  readonly unit: Intl.RelativeTimeFormatUnit;
}

/** How long ago `then` was, rounded to one unit; null for "just now" (under 45 seconds, or a clock in the future). */
export function relativeParts(then: number, now: number): RelativeParts | null {
  const ago = now - then;
  if (ago < 45_000) return null;
  if (ago < 45 * MINUTE) return { value: -Math.max(1, Math.round(ago / MINUTE)), unit: 'minute' };
  if (ago < 22 * HOUR) return { value: -Math.max(1, Math.round(ago / HOUR)), unit: 'hour' };
  if (ago < 26 * DAY) return { value: -Math.max(1, Math.round(ago / DAY)), unit: 'day' };
  if (ago < 320 * DAY) return { value: -Math.max(1, Math.round(ago / (30 * DAY))), unit: 'month' };
  return { value: -Math.max(1, Math.round(ago / (365 * DAY))), unit: 'year' };
}

/** `justNow` is the language's own words for under a minute ("just now", "방금"). */
export function formatRelative(then: number, now: number, lang: string, justNow: string): string {
  const parts = relativeParts(then, now);
  if (!parts) return justNow;
  try {
    return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(parts.value, parts.unit);
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(parts.value, parts.unit);
  }
}
