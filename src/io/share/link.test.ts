import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from '../json/arbitrary.ts';
import { MAX_RESOURCES } from '../json/read.ts';
import { lzBomb } from '../../testing/lzBomb.ts';
import { decodeShareFragment, encodeShareFragment, extractPayload, sharedStart } from './link.ts';

const DAMAGED = /damaged or cut off/;

describe('share links', () => {
  it('round-trips any design through the fragment', () => {
    fc.assert(
      fc.property(designArbitrary({ weirdStrings: true }), (design) => {
        const fragment = encodeShareFragment(design);
        expect(fragment).toMatch(/^#d=[A-Za-z0-9+\-$]*$/);
        const r = decodeShareFragment(fragment);
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(r.design).toEqual(design);
        expect(r.warnings).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('accepts the fragment without "#", inside a whole URL, or percent-encoded', () => {
    const [design] = fc.sample(designArbitrary(), { numRuns: 1, seed: 1 });
    const fragment = encodeShareFragment(design!);
    for (const input of [
      fragment.slice(1),
      `https://vpc.town/app${fragment}`,
      `#x=1&${fragment.slice(1)}`,
      fragment.replaceAll('+', '%2B').replaceAll('$', '%24'),
    ]) {
      const r = decodeShareFragment(input);
      expect(r.ok && r.design).toEqual(design);
    }
  });

  it('a truncated link gets a clear error', () => {
    const [design] = fc.sample(designArbitrary(), { numRuns: 1, seed: 2 });
    const fragment = encodeShareFragment(design!);
    for (const cut of [0.9, 0.5, 0.1]) {
      const r = decodeShareFragment(fragment.slice(0, Math.floor(fragment.length * cut)));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors[0]!.message).toMatch(DAMAGED);
    }
  });

  it('a link without a design, or with an empty or garbage payload, gets a clear error', () => {
    expect(decodeShareFragment('#view=3')).toEqual({
      ok: false,
      problem: 'noDesign',
      errors: [{ path: '', message: expect.stringContaining('holds no design') }],
    });
    expect(!decodeShareFragment('#d=').ok && (decodeShareFragment('#d=') as any).errors[0].message).toMatch(DAMAGED);
    expect((decodeShareFragment('#d=%E0%A4%A') as any).errors[0].message).toMatch(DAMAGED);
    expect((decodeShareFragment('#d=hello') as any).errors[0].message).toMatch(DAMAGED);
  });

  it('a link to something that is JSON but not a design is refused by the design checks', () => {
    const r = decodeShareFragment(`#d=${LZString.compressToEncodedURIComponent('{"format":"other"}')}`);
    expect(r).toEqual({
      ok: false,
      problem: 'invalid',
      errors: [{ path: 'format', message: expect.stringContaining('not a VPC Town design') }],
    });
  });

  it('never throws on a mutated fragment, and a broken one explains itself', () => {
    const mutated = designArbitrary().chain((d) => {
      const f = encodeShareFragment(d);
      return fc
        .tuple(fc.nat({ max: f.length - 1 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.nat({ max: 6 }))
        .map(([at, insert, del]) => f.slice(0, at) + insert + f.slice(at + del));
    });
    fc.assert(
      fc.property(mutated, (fragment) => {
        const r = decodeShareFragment(fragment);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.message).not.toMatch(/could not read this design/);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a compression bomb is refused as too big without being unpacked', () => {
    // ~11 KB of link that lz-string would unpack to 12.5 million characters, past the 10 MB limit.
    const r = decodeShareFragment(`#d=${lzBomb(5000)}`);
    expect(r).toEqual({
      ok: false,
      problem: 'tooBig',
      errors: [{ path: '', message: expect.stringContaining('unpacks to more than 10 MB') }],
    });
  });

  it('a shared design over the resource ceiling is refused before it is checked, naming the count', () => {
    const resources = Array.from({ length: MAX_RESOURCES + 1 }, (_, i) => ({ id: `r${i}` }));
    const link = `#d=${LZString.compressToEncodedURIComponent(JSON.stringify({ format: 'vpc-town', version: 1, resources }))}`;
    const r = decodeShareFragment(link);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe('tooManyResources');
    // One error, not one per malformed resource: the count was checked first.
    expect(r.errors).toEqual([
      {
        path: '',
        message: expect.stringContaining('20,001 resources; VPC Town opens designs of up to 20,000'),
        code: 'tooManyResources',
        params: { count: 20_001, max: 20_000 },
      },
    ]);
  });

  it('a broken link says why once: no sentence repeated', () => {
    const [design] = fc.sample(designArbitrary(), { numRuns: 1, seed: 3 });
    const fragment = encodeShareFragment(design!);
    for (const hash of [fragment.slice(0, fragment.length / 2), '#d=', `#d=${lzBomb(5000)}`, '#d=hello']) {
      const start = sharedStart(hash);
      expect(start.kind).toBe('broken');
      if (start.kind !== 'broken') continue;
      const sentences = start.message.split(/(?<=[.:])\s+/).filter((x) => x.trim());
      expect(new Set(sentences).size).toBe(sentences.length);
      expect(start.message.match(/share link/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('extractPayload', () => {
    expect(extractPayload('#d=abc')).toBe('abc');
    expect(extractPayload('https://x/#a=1&d=q$')).toBe('q$');
    expect(extractPayload('#a=1')).toBeNull();
  });
});
