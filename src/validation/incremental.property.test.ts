/**
 * The incremental validator must answer exactly what `validate` answers, after any sequence of
 * edits: random sequences of the app's edits (testing/edits.ts) are applied, and after every step
 * the incremental findings, and every answer of the context it built, are compared with a full,
 * fresh validation of the same design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../model/types.ts';
import { buildContext } from './context.ts';
import { createIncrementalValidator } from './incremental.ts';
import { validate } from './index.ts';
import { UNREAD_FIELDS } from './reads.ts';
import { RULES } from './rules/index.ts';
import { answers } from './testing/answers.ts';
import { applyEdit, edits, startDesigns } from './testing/edits.ts';

/** `validate` on a copy of the design object: nothing cached for `d` (its context, the validator's state) is used. */
const fresh = (d: Design) => validate({ ...d });

describe('createIncrementalValidator', () => {
  it('equals validate after every step of random edit sequences (findings and context)', () => {
    fc.assert(
      fc.property(fc.nat(2), edits(14), fc.boolean(), (start, steps, alwaysIncremental) => {
        const v = createIncrementalValidator(alwaysIncremental ? { fullRunAbove: Infinity } : {});
        let d = startDesigns()[start]!;
        const history: Design[] = [d];
        expect(v.validate(d)).toEqual(fresh(d));
        steps.forEach((e, i) => {
          d = applyEdit(d, e, history, i);
          history.push(d);
          expect(v.validate(d)).toEqual(fresh(d));
          expect(answers(buildContext(d), d)).toEqual(answers(buildContext({ ...d }), d));
        });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 20_000 },
    );
  }, 60_000);

  it('equals validate when the path engine asked for the context first (flows before findings)', () => {
    fc.assert(
      fc.property(fc.nat(1), edits(10), (start, steps) => {
        const v = createIncrementalValidator({ fullRunAbove: Infinity });
        let d = startDesigns()[start]!;
        const history: Design[] = [d];
        v.validate(d);
        steps.forEach((e, i) => {
          d = applyEdit(d, e, history, i);
          history.push(d);
          const ctx = v.context(d);
          expect(ctx).toBe(buildContext(d));
          expect(answers(ctx!, d)).toEqual(answers(buildContext({ ...d }), d));
          expect(v.validate(d)).toEqual(fresh(d));
        });
      }),
      { numRuns: 50, interruptAfterTimeLimit: 20_000 },
    );
  }, 60_000);

  it('changing position, size or name, where no part of any rule reads it for that kind, never changes validate', () => {
    fc.assert(
      fc.property(
        fc.nat(2),
        edits(6),
        fc.nat(),
        fc.constantFrom(...UNREAD_FIELDS),
        fc.nat(),
        (start, steps, pick, field, n) => {
          let d = startDesigns()[start]!;
          const history: Design[] = [d];
          steps.forEach((e, i) => {
            d = applyEdit(d, e, history, i);
            history.push(d);
          });
          if (!d.resources.length) return;
          const k = pick % d.resources.length;
          const kind = d.resources[k]!.kind;
          // A part whose row lists the field (the path engine reads a prefix list's name) is allowed to see it.
          const read = RULES.some((r) =>
            r.parts.some((p) => {
              const f = p.readSet.kinds.get(kind);
              return p.readSet.all || f === '*' || !!f?.has(field);
            }),
          );
          if (read) return;
          const value =
            field === 'name'
              ? `renamed ${n}`
              : field === 'size'
                ? { width: n % 999, height: n % 777 }
                : { x: n % 999, y: -(n % 555) };
          const edited: Design = {
            ...d,
            resources: d.resources.map((r, i) => (i === k ? ({ ...r, [field]: value } as Resource) : r)),
          };
          expect(fresh(edited)).toEqual(fresh(d));
        },
      ),
      { numRuns: 120, interruptAfterTimeLimit: 20_000 },
    );
  }, 60_000);
});
