import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from './arbitrary.ts';
import { parseDesignJson } from './read.ts';
import { serializeDesign } from './write.ts';

describe('serializeDesign', () => {
  it('export then import gives back an equal design, without warnings', () => {
    fc.assert(
      fc.property(designArbitrary({ weirdStrings: true }), (design) => {
        const r = parseDesignJson(serializeDesign(design));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(r.warnings).toEqual([]);
        expect(r.design).toEqual(design);
      }),
      { numRuns: 40 },
    );
  });

  it('writes what one JSON.stringify of the ordered design writes, also after an edit reuses the untouched elements', () => {
    // The reference: the whole design ordered and written at once (no per-element texts).
    const reference = (d: unknown) => {
      const order = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(order);
        if (typeof v !== 'object' || v === null) return v;
        const keys = Object.keys(v).sort((a, b) => {
          const lead = [
            'format',
            'version',
            'id',
            'kind',
            'name',
            'parent',
            'position',
            'size',
            'x',
            'y',
            'width',
            'height',
            'resources',
            'flows',
            'intents',
          ];
          const ra = lead.includes(a) ? lead.indexOf(a) : lead.length;
          const rb = lead.includes(b) ? lead.indexOf(b) : lead.length;
          return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
        });
        const out: Record<string, unknown> = Object.create(null);
        for (const k of keys)
          if ((v as Record<string, unknown>)[k] !== undefined) out[k] = order((v as Record<string, unknown>)[k]);
        return out;
      };
      return `${JSON.stringify(order(d), null, 2)}\n`;
    };
    fc.assert(
      fc.property(designArbitrary({ weirdStrings: true }), (design) => {
        expect(serializeDesign(design)).toBe(reference(design));
        if (!design.resources.length) return;
        // An edit: one resource replaced, the others the same objects (their texts reused).
        const [first, ...rest] = design.resources;
        const edited = { ...design, resources: [...rest, { ...first!, name: `${first!.name}\n"renamed"` }] };
        expect(serializeDesign(edited)).toBe(reference(edited));
      }),
      { numRuns: 40 },
    );
  });

  it('is stable: serializing the re-imported design gives the same text', () => {
    fc.assert(
      fc.property(designArbitrary(), (design) => {
        const text = serializeDesign(design);
        const r = parseDesignJson(text);
        expect(r.ok && serializeDesign(r.design)).toBe(text);
      }),
      { numRuns: 30 },
    );
  });

  it('writes a fixed key order with 2-space indent and a final newline, whatever the input order', () => {
    const design = {
      flows: [],
      resources: [{ position: { y: 2, x: 1 }, parent: null, name: 'i', kind: 'igw', id: 'igw-1' }],
      name: 'n',
      version: 1,
      format: 'vpc-town',
    } as never;
    expect(serializeDesign(design)).toBe(
      `{
  "format": "vpc-town",
  "version": 1,
  "name": "n",
  "resources": [
    {
      "id": "igw-1",
      "kind": "igw",
      "name": "i",
      "parent": null,
      "position": {
        "x": 1,
        "y": 2
      }
    }
  ],
  "flows": []
}
`,
    );
  });

  it('puts identity and layout first, then the other fields alphabetically', () => {
    const [design] = fc
      .sample(designArbitrary(), { numRuns: 30, seed: 7 })
      .filter((d) => d.resources.some((r) => r.kind === 'vpc'));
    const vpc = JSON.parse(serializeDesign(design!)).resources.find((r: { kind: string }) => r.kind === 'vpc');
    expect(Object.keys(vpc)).toEqual([
      'id',
      'kind',
      'name',
      'parent',
      'position',
      'size',
      'cidrBlocks',
      'flowLogs',
      // Optional (IPv6): written only when the VPC has IPv6 blocks, in its alphabetical place.
      ...('ipv6CidrBlocks' in vpc ? ['ipv6CidrBlocks'] : []),
      'isDefault',
    ]);
  });
});
