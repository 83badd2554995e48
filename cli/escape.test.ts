import { describe, expect, it } from 'vitest';
import { escapeOutput, escapeText, safeJson } from './escape.ts';

const ESC = '\u001b';

describe('escapeText', () => {
  it('escapes C0, DEL, C1, bidi overrides and isolates, and line separators; keeps other text', () => {
    expect(escapeText(`web${ESC}]0;pwned\u0007${ESC}[2J`)).toBe('web\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(escapeText('a\r\nERROR b\tc\u0000')).toBe('a\\u000d\\u000aERROR b\\u0009c\\u0000');
    expect(escapeText('x\u007fy\u0085z\u009b2J')).toBe('x\\u007fy\\u0085z\\u009b2J');
    expect(escapeText('admin\u202e\u2066gs-bew\u2069\u200f\u061c\u2028\u2029')).toBe(
      'admin\\u202e\\u2066gs-bew\\u2069\\u200f\\u061c\\u2028\\u2029',
    );
    expect(escapeText('웹 서버 — 10.0.0.0/24 (sg-15) é')).toBe('웹 서버 — 10.0.0.0/24 (sg-15) é');
    expect(escapeText(443)).toBe('443');
  });
});

describe('escapeOutput', () => {
  it('keeps the newlines the CLI wrote and escapes every other control character', () => {
    expect(escapeOutput(`line 1\nline${ESC}[1A 2\r\n`)).toBe('line 1\nline\\u001b[1A 2\\u000d\n');
  });
});

describe('safeJson', () => {
  it('leaves no raw C1 or bidi character, and parses back to the same value', () => {
    const value = { name: `a${ESC}[2J\u009b\u202e\u2028b`, n: 1 };
    const text = safeJson(value);
    // oxlint-disable-next-line no-control-regex -- looking for raw control characters is the test
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
