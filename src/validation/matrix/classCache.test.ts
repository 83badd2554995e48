/**
 * Class results kept across contexts (classCache.ts): after every step of random edit sequences
 * (the app's edits, testing/edits.ts, mixed with edits of security group rules alone, the ones
 * whose results are kept), the matrix equals the matrix computed from scratch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateResource } from '../../model/ops.ts';
import type { Design, SecurityGroup, SgRule } from '../../model/types.ts';
import { buildContext } from '../context.ts';
import { sgRule } from '../testing/builder.ts';
import { applyEdit, edit, startDesigns } from '../testing/edits.ts';
import { witnessDesigns } from '../testing/witnesses.ts';
import { AccessEngine } from './access.ts';
import { resetClassCache } from './classCache.ts';
import { defaultEndpoints } from './endpoints.ts';
import { accessMatrix, equals } from './index.ts';

const BASES: Design[] = [...startDesigns(), ...witnessDesigns()];
const PEERS = ['0.0.0.0/0', '10.0.0.0/16', '203.0.113.0/24', '10.0.1.0/24'];
const PORTS: (number | [number, number])[] = [22, 80, 443, [0, 65535], [1000, 2000]];

/** Change one rule of one security group (or add one): the edit whose untouched results are kept. */
function sgEdit(d: Design, a: number, b: number, c: number): Design {
  const groups = d.resources.filter((r): r is SecurityGroup => r.kind === 'securityGroup');
  const g = groups[a % Math.max(1, groups.length)];
  if (!g) return d;
  const dir = b % 2 ? 'ingress' : 'egress';
  const rules: SgRule[] = Array.isArray(g[dir]) ? [...g[dir]] : [];
  const peers = [...PEERS, ...groups.map((x) => x.id)];
  const rule = sgRule(c % 3 ? 'tcp' : 'udp', PORTS[c % PORTS.length]!, peers[b % peers.length]!);
  if (rules.length && c % 4) rules[c % rules.length] = rule;
  else rules.push(rule);
  return updateResource<SecurityGroup>(d, g.id, { [dir]: rules });
}

const step = fc.tuple(fc.boolean(), edit);

describe('class results kept across edits', () => {
  it('equal the matrix from scratch after every edit', () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(step, { minLength: 1, maxLength: 6 }), (i, steps) => {
        resetClassCache();
        let d = BASES[i]!;
        const history: Design[] = [d];
        accessMatrix(buildContext(d));
        steps.forEach(([sgOnly, e], k) => {
          d = sgOnly ? sgEdit(d, e[1], e[2], e[3]) : applyEdit(d, e, history, k);
          history.push(d);
          const m = accessMatrix(buildContext(d));
          const ref = new AccessEngine(buildContext(d), false);
          const eps = defaultEndpoints(buildContext(d));
          for (const s of eps)
            for (const t of eps) {
              if (s === t || (s.kind !== 'resource' && t.kind !== 'resource')) continue;
              const want = ref.between(s, t);
              const got = m.cell(s, t);
              expect(equals(got.allowed, want.allowed)).toBe(true);
              expect(equals(got.unknown, want.unknown)).toBe(true);
            }
        });
      }),
      { numRuns: 30 },
    );
  });
});
