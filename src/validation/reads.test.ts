/**
 * What a rule part reads comes from the generated table (reads.generated.ts, recorded over a
 * corpus). The table must cover everything the part's findings depend on: an edit the diff
 * reports only in fields outside the part's row must never change its findings (checked part by
 * part, without the incremental validator, on random edits of the start and witness designs, and
 * for every field of every kind). And the incremental validator must use it: changing any field a
 * row lists re-runs that rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../model/types.ts';
import { RESOURCE_KINDS } from '../model/types.ts';
import { buildContext } from './context.ts';
import { buildIndex } from './designIndex.ts';
import { diffDesigns, wellFormed } from './diff.ts';
import { affects, compileReads, type ChangeSet } from './reads.ts';
import { RULES } from './rules/index.ts';
import { checkPart } from './run.ts';
import { createIncrementalValidator } from './incremental.ts';
import { recorded } from './testing/recording.ts';
import { witnessDesigns } from './testing/witnesses.ts';
import {
  applyEdit,
  edit,
  edits,
  FIELDS,
  JUNK,
  SHARED_FIELDS,
  newResource,
  startDesigns,
  valueFor,
} from './testing/edits.ts';

/** Every part of every rule (a rule defined without parts is one part). */
const PARTS = RULES.flatMap((rule) => rule.parts.map((part, j) => ({ rule, part, j })));

const change = (fields: Record<string, '*' | string[]>, more: Partial<ChangeSet> = {}): ChangeSet => ({
  fields: new Map(Object.entries(fields).map(([k, v]) => [k as never, v === '*' ? '*' : new Set(v)])),
  existence: new Set(),
  flows: false,
  ...more,
});

describe('compileReads / affects', () => {
  it('reads kinds, fields, *, any and flows', () => {
    const r = compileReads(['vpc', 'subnet.cidr', 'subnet.parent', 'nacl.*', 'any']);
    expect(r.kinds.get('vpc')).toEqual(new Set());
    expect(r.kinds.get('subnet')).toEqual(new Set(['cidr', 'parent']));
    expect(r.kinds.get('nacl')).toBe('*');
    expect(r.any).toBe(true);
    expect(r.flows).toBe(false);
    expect(compileReads(['*']).any).toBe(true);
    expect(() => compileReads(['bogus' as never])).toThrow(/unknown kind/);
  });

  it('a field change affects only rules reading that field; adding or removing affects every reader of the kind', () => {
    const r = compileReads(['vpc', 'subnet.cidr']);
    expect(affects(r, change({ subnet: ['cidr'] }))).toBe(true);
    expect(affects(r, change({ subnet: ['mapPublicIpOnLaunch'] }))).toBe(false);
    expect(affects(r, change({ vpc: ['cidrBlocks'] }))).toBe(false); // lists VPCs, reads none of their fields
    expect(affects(r, change({ vpc: '*' }))).toBe(true);
    expect(affects(r, change({ instance: '*' }, { existence: new Set(['instance']) }))).toBe(false);
    expect(
      affects(
        compileReads(['routeTable.routes', 'any']),
        change({ instance: '*' }, { existence: new Set(['instance']) }),
      ),
    ).toBe(true);
    expect(affects(compileReads(['*']), change({ peering: ['name'] }))).toBe(true);
    expect(affects(compileReads(['flows']), change({}, { flows: true }))).toBe(true);
    expect(affects(r, change({}, { flows: true }))).toBe(false);
  });
});

/** Where random edits start: the start designs, and the witnesses on which the rarer findings show. */
const STARTS = [...startDesigns(), ...witnessDesigns()];

describe('rule reads (the generated table)', () => {
  /** Each part's findings on a fresh context of `d`, and its row of the table. */
  const recordAll = (d: Design) => {
    const ctx = buildContext({ ...d });
    return PARTS.map(({ part }) => ({ value: checkPart(part, ctx), reads: part.readSet }));
  };

  it('a recording view gives the findings the plain run gives', () => {
    for (const d of STARTS) {
      const ctx = buildContext({ ...d });
      PARTS.forEach(({ part }) => expect(recorded(ctx, (c) => checkPart(part, c)).value).toEqual(part.check(ctx)));
    }
  });

  it("an edit of fields outside a rule part's row never changes its findings", () => {
    let skipped = 0;
    let skippedWithFindings = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat(STARTS.length - 1), edits(8), edit, (start, prefix, last) => {
        runs++;
        let d = STARTS[start]!;
        const history: Design[] = [d];
        prefix.forEach((e, i) => {
          d = applyEdit(d, e, history, i);
          history.push(d);
        });
        const next = applyEdit(d, last, history, prefix.length);
        expect(wellFormed(d, buildIndex(d))).toBe(true);
        const diff = diffDesigns(d, buildIndex(d), next);
        expect(diff).not.toBeNull();
        // Fresh contexts (copies of the design objects): nothing is shared between the two.
        const before = recordAll(d);
        const after = buildContext({ ...next });
        PARTS.forEach(({ rule, part, j }, i) => {
          const { value, reads } = before[i]!;
          if (affects(reads, diff!)) return;
          expect(part.check(after), `${rule.id} part ${j} after ${JSON.stringify(last)}`).toEqual(value);
          skipped++;
          if (value.length) skippedWithFindings++;
        });
      }),
      { numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
    // Not vacuous: many rules were skipped, many of them with findings that had to stay. Counted per
    // run, as a busy machine stops the property early (fastcheck.setup.ts) after fewer runs.
    expect(runs).toBeGreaterThan(0);
    expect(skipped / runs).toBeGreaterThan(30);
    expect(skippedWithFindings / runs).toBeGreaterThan(3);
  }, 30_000);

  it('every field of every kind, and adding, removing and re-kinding each kind: rule parts whose row does not list it keep their findings', () => {
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat(STARTS.length - 1), edits(6), fc.nat(), fc.nat(), (start, prefix, b, c) => {
        runs++;
        let d = STARTS[start]!;
        const history: Design[] = [d];
        prefix.forEach((e, i) => {
          d = applyEdit(d, e, history, i);
          history.push(d);
        });
        const base = recordAll(d);
        const replace = (r: Resource, by: Resource | null): Design => ({
          ...d,
          resources: d.resources.flatMap((x) => (x === r ? (by ? [by] : []) : [x])),
        });
        const variants: Design[] = [];
        for (const kind of RESOURCE_KINDS) {
          const rs = d.resources.filter((r) => r.kind === kind);
          const added = newResource(d, RESOURCE_KINDS.indexOf(kind), c, 1000);
          variants.push({ ...d, resources: [...d.resources, added] });
          if (!rs.length) continue;
          const r = rs[b % rs.length]!;
          for (const field of [...FIELDS[kind], ...SHARED_FIELDS]) {
            const value = c % 6 === 0 ? JUNK[b % JUNK.length] : valueFor(d, r, field, b, c);
            variants.push(replace(r, { ...r, [field]: value } as Resource));
          }
          variants.push(replace(r, null));
          const other = newResource(d, b, c, 1001);
          variants.push(replace(r, { ...other, id: r.id, parent: r.parent } as Resource));
        }
        for (const next of variants) {
          const diff = diffDesigns(d, buildIndex(d), next);
          expect(diff).not.toBeNull();
          const after = buildContext({ ...next });
          PARTS.forEach(({ rule, part, j }, i) => {
            if (affects(base[i]!.reads, diff!)) return;
            expect(
              part.check(after),
              `${rule.id} part ${j}: ${JSON.stringify([...diff!.fields].map(([k, v]) => [k, v === '*' ? v : [...v]]))}`,
            ).toEqual(base[i]!.value);
            checked++;
          });
        }
      }),
      { numRuns: 60 },
    );
    // Per run, as a busy machine stops the property early (fastcheck.setup.ts) after fewer runs.
    expect(runs).toBeGreaterThan(0);
    expect(checked / runs).toBeGreaterThan(500);
  }, 60_000);

  it('every field a rule (part) row lists, changed, re-runs that rule; and so does adding a resource of a kind it lists', () => {
    let changed = 0;
    for (const d of STARTS) {
      const recordedOn = recordAll(d);
      PARTS.forEach(({ rule }, i) => {
        const { reads } = recordedOn[i]!;
        const kinds = reads.all ? RESOURCE_KINDS : [...reads.kinds.keys()];
        for (const kind of kinds) {
          const fields = reads.all ? '*' : reads.kinds.get(kind)!;
          const r = d.resources.find((x) => x.kind === kind);
          const edited: Design[] = [
            { ...d, resources: [...d.resources, newResource(d, RESOURCE_KINDS.indexOf(kind), 1, 2000)] },
          ];
          if (r) {
            const names = fields === '*' ? [...FIELDS[kind], ...SHARED_FIELDS] : [...fields];
            for (const field of names) {
              const now = (r as unknown as Record<string, unknown>)[field];
              const value = [valueFor(d, r, field, 1, 2), ...JUNK].find((v) => v !== now && v !== undefined);
              edited.push({
                ...d,
                resources: d.resources.map((x) => (x === r ? ({ ...r, [field]: value } as Resource) : x)),
              });
            }
          }
          for (const next of edited) {
            const v = createIncrementalValidator({ fullRunAbove: Infinity });
            v.validate(d);
            v.validate(next);
            expect(v.last.mode).toBe('incremental');
            expect(v.last.rerun, `${rule.id} after a change of ${kind}`).toContain(rule.id);
            changed++;
          }
        }
      });
    }
    expect(changed).toBeGreaterThan(200);
  }, 60_000);
});
