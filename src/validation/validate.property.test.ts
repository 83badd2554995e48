/**
 * Property-based tests: whatever the design holds, the validator and the path engine never throw
 * and always answer in the documented shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from './context.ts';
import { compareFindings, validate } from './index.ts';
import { analyzeReachability, EXPLANATION_CODES, whoCanReach } from './reachability/index.ts';
import { RULES } from './rules/index.ts';
import { endpointFor, mutatedDesign, randomDesign } from './testing/arbitrary.ts';
import type { Finding } from './types.ts';
import type { Design } from '../model/types.ts';

const SEVERITIES = ['error', 'warning', 'info'];

function checkFinding(f: Finding) {
  const rule = RULES.find((r) => r.id === f.rule);
  expect(rule).toBeDefined();
  const v = rule!.variants.find((x) => x.key === f.variant);
  expect(v, `${f.rule}.${f.variant}`).toBeDefined();
  expect(f.severity).toBe(v!.severity);
  expect(SEVERITIES).toContain(f.severity);
  expect(typeof f.resource).toBe('string');
  expect(typeof f.message).toBe('string');
  expect(f.message.length).toBeGreaterThan(0);
  for (const val of Object.values(f.params)) expect(['string', 'number']).toContain(typeof val);
  if (f.related !== undefined) {
    expect(Array.isArray(f.related)).toBe(true);
    for (const r of f.related) expect(typeof r).toBe('string');
  }
}

function checkRulesDirectly(d: Design) {
  // Without validate()'s safety net: no rule may throw on its own.
  const ctx = buildContext(d);
  for (const rule of RULES) rule.check(ctx).forEach(checkFinding);
}

describe('validate on untrusted designs', () => {
  it('never throws and returns sorted, well-formed findings (random designs)', () => {
    fc.assert(
      fc.property(randomDesign, (d) => {
        checkRulesDirectly(d);
        const f = validate(d);
        f.forEach(checkFinding);
        expect([...f].sort(compareFindings)).toEqual(f);
      }),
      { numRuns: 250, interruptAfterTimeLimit: 10_000 },
    );
  });

  it('never throws on mutations of a well-formed design', () => {
    fc.assert(
      fc.property(mutatedDesign, (d) => {
        checkRulesDirectly(d);
        validate(d).forEach(checkFinding);
      }),
      { numRuns: 250, interruptAfterTimeLimit: 10_000 },
    );
  });
});

const CODES: readonly string[] = EXPLANATION_CODES;

function checkAnswer(a: ReturnType<typeof analyzeReachability>) {
  expect(typeof a.reachable).toBe('boolean');
  expect(Array.isArray(a.hops)).toBe(true);
  for (const h of a.hops) {
    expect(['pass', 'block', 'info']).toContain(h.verdict);
    expect(['forward', 'return']).toContain(h.direction);
    expect(typeof h.resource).toBe('string');
    expect(typeof h.kind).toBe('string');
    expect(typeof h.detail).toBe('string');
    for (const v of Object.values(h.params)) expect(['string', 'number']).toContain(typeof v);
    if (h.code !== undefined) expect(CODES).toContain(h.code);
  }
  if (a.reachable) {
    expect(a.code).toBeUndefined();
    expect(a.hops.some((h) => h.verdict === 'block')).toBe(false);
  } else {
    expect(CODES).toContain(a.code);
    expect(typeof a.blockedAt).toBe('string');
    expect(a.hops[a.hops.length - 1]?.verdict).toBe('block');
  }
}

const query = (d: Design) =>
  fc.record({
    from: endpointFor(d),
    to: endpointFor(d),
    protocol: fc.oneof(fc.constantFrom('tcp', 'udp', 'icmp', 'all'), fc.constant('bogus')),
    port: fc.oneof(fc.constantFrom(22, 443, 5432, 8080), fc.integer({ min: -1, max: 70000 })),
  });

describe('analyzeReachability on untrusted designs', () => {
  it('never throws and answers in the documented shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(mutatedDesign, randomDesign).chain((d) => fc.tuple(fc.constant(d), query(d))),
        ([d, q]) => {
          checkAnswer(analyzeReachability(d, q as never));
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
  });

  it('whoCanReach never throws', () => {
    fc.assert(
      fc.property(
        mutatedDesign.chain((d) => fc.tuple(fc.constant(d), endpointFor(d))),
        ([d, target]) => {
          const w = whoCanReach(d, target as string);
          expect(Array.isArray(w.sources)).toBe(true);
          for (const s of w.sources) expect(s.ports.every((p) => w.ports.includes(p))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
