import { describe, expect, it } from 'vitest';
import { formatRelative, relativeParts } from './relativeTime.ts';

const now = Date.UTC(2025, 5, 15, 12, 0, 0);
const min = 60_000;

describe('relative time of a change', () => {
  it('rounds to one unit, and says "just now" under a minute or for a clock ahead', () => {
    expect(relativeParts(now - 10_000, now)).toBeNull();
    expect(relativeParts(now + 5 * min, now)).toBeNull();
    expect(relativeParts(now - 5 * min, now)).toEqual({ value: -5, unit: 'minute' });
    expect(relativeParts(now - 3 * 60 * min, now)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeParts(now - 2 * 24 * 60 * min, now)).toEqual({ value: -2, unit: 'day' });
    expect(relativeParts(now - 90 * 24 * 60 * min, now)).toEqual({ value: -3, unit: 'month' });
    expect(relativeParts(now - 800 * 24 * 60 * min, now)).toEqual({ value: -2, unit: 'year' });
  });

  it('speaks English and Korean', () => {
    expect(formatRelative(now - 5 * min, now, 'en', 'just now')).toBe('5 minutes ago');
    expect(formatRelative(now - 5 * min, now, 'ko', '방금')).toBe('5분 전');
    expect(formatRelative(now - 24 * 60 * min, now, 'en', 'just now')).toBe('yesterday');
    expect(formatRelative(now - 24 * 60 * min, now, 'ko', '방금')).toBe('어제');
    expect(formatRelative(now - 1000, now, 'ko', '방금')).toBe('방금');
  });
});
