import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDesignReader } from './designReader.ts';
import fc from 'fast-check';
import { parseDesignJson } from '../io/json/read.ts';
import { serializeDesign } from '../io/json/write.ts';
import { decodeShareFragment, encodeShareFragment } from '../io/share/link.ts';
import { useDesignStore } from './designStore.ts';
import { MemoryStorage } from './persistence.ts';
import { initLibrary, openAsNew, openEntry, resetLibrarySession, useLibraryStore } from './library.ts';

// The app loads the design reader before the library reads saved designs (app/autosave.ts).
beforeAll(() => loadDesignReader());

const parsed = parseDesignJson(readFileSync(new URL('../../examples/two-az-web-db.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('example');
const mine = parsed.design;
const text = serializeDesign(mine);

/** Mutations of a valid file: cut it, splice garbage in, replace a value, add hostile keys. */
const mutated: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
  fc
    .tuple(fc.nat({ max: text.length }), fc.string({ maxLength: 8 }))
    .map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
  fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 20 })).map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
  fc
    .constantFrom('"cidr": "10.0.0.0/16"', '"kind": "vpc"', '"parent": null', '"version": 1', '"port": 443')
    .chain((needle) =>
      fc
        .constantFrom('"__proto__"', '"10.0.0.0/33"', 'null', '99', '"x"', '[]', '{"__proto__":{"polluted":1}}')
        .map((v) => text.replace(needle, `${needle.split(':')[0]}: ${v}`)),
    ),
  fc.json(),
);

describe('opening untrusted files (fuzz)', () => {
  beforeEach(() => {
    resetLibrarySession();
    initLibrary(new MemoryStorage());
    openAsNew(mine);
  });

  it('a rejected file changes nothing; an accepted one never loses the design that was open', () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const before = useDesignStore.getState().design;
        const beforeEntries = useLibraryStore.getState().entries.length;
        const r = parseDesignJson(input);
        if (!r.ok) {
          rejected++;
          expect(r.errors.length).toBeGreaterThan(0);
          expect(typeof r.errors[0]!.message).toBe('string');
          expect(useDesignStore.getState().design).toBe(before);
          expect(useLibraryStore.getState().entries.length).toBe(beforeEntries);
          return;
        }
        accepted++;
        const previousId = useLibraryStore.getState().currentId!;
        openAsNew(r.design);
        // The design that was open is still in the list, intact.
        const back = openEntry(previousId);
        expect(back.ok).toBe(true);
        expect(back.ok && serializeDesign(back.design)).toBe(serializeDesign(before));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 600 },
    );
    // Both branches were exercised.
    expect(rejected).toBeGreaterThan(400); // about 85 % of runs
    expect(accepted).toBeGreaterThan(40); // about 15 %
  });

  it('a tampered share link is refused with a message and never throws', () => {
    const link = encodeShareFragment(mine);
    fc.assert(
      fc.property(fc.nat({ max: link.length }), fc.string({ maxLength: 4 }), (i, s) => {
        const r = decodeShareFragment(link.slice(0, i) + s + link.slice(i + s.length));
        if (!r.ok) expect(r.errors[0]!.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
