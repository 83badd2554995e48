/**
 * Property tests of readAws: describe-shaped input, however damaged, never throws and always gives
 * a design that the JSON format accepts (and the validator checks without throwing), or a refusal.
 * The input is the generator's estate (generate.ts) with random damage: fields removed, values
 * replaced by any JSON, entries duplicated across files, text cut short.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesignJson } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { validate } from '../../validation/index.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { generateAwsEstate } from './generate.ts';
import { readAws, type AwsImportResult, type AwsInput } from './index.ts';

type Json = unknown;

const base = generateAwsEstate({ vpcs: 2, instancesPerVpc: 4 }).map((f) => ({
  path: f.path,
  value: JSON.parse(f.text) as Json,
}));

/** Every path to a value inside `v` (arrays and objects walked). */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

type Damage =
  | { kind: 'remove'; file: number; pick: number }
  | { kind: 'replace'; file: number; pick: number; value: Json }
  | { kind: 'copy'; from: number; to: number }
  | { kind: 'cut'; file: number; at: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), file: fc.nat(), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    file: fc.nat(),
    pick: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('-1', '6', '50', '999', 'local', '0.0.0.0/0', '10.0.0.0/33', 'vpc-00000000', null, -1, 1e9),
    ),
  }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), file: fc.nat(), at: fc.nat() }),
);

function damaged(changes: readonly Damage[]): AwsInput[] {
  const files = base.map((f) => ({ path: f.path, value: structuredClone(f.value), cutAt: -1 }));
  for (const c of changes) {
    if (c.kind === 'copy') {
      const from = files[c.from % files.length]!;
      const to = files[c.to % files.length]!;
      if (to.value && typeof to.value === 'object' && from.value && typeof from.value === 'object')
        Object.assign(to.value, structuredClone(from.value));
      continue;
    }
    const f = files[c.file % files.length]!;
    if (c.kind === 'cut') {
      f.cutAt = c.at;
      continue;
    }
    const all = paths(f.value).filter((p) => p.length > 0);
    const p = all[c.pick % all.length];
    if (!p) continue;
    let parent = f.value as Record<string | number, Json>;
    for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
    const last = p.at(-1)!;
    if (c.kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = c.value;
  }
  return files.map((f) => {
    const text = JSON.stringify(f.value, null, 1);
    return { path: f.path, text: f.cutAt >= 0 ? text.slice(0, f.cutAt % (text.length + 1)) : text };
  });
}

function checkResult(r: AwsImportResult) {
  if (!r.design) {
    expect(r.report.problems.some((p) => p.severity === 'error')).toBe(true);
    return;
  }
  const reopened = parseDesignJson(serializeDesign(r.design));
  if (!reopened.ok) throw new Error(`an import the format refuses: ${JSON.stringify(reopened.errors.slice(0, 3))}`);
  const ids = r.design.resources.map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  validate(reopened.design);
  const instance = reopened.design.resources.find((x) => x.kind === 'instance');
  if (instance) analyzeReachability(reopened.design, { from: 'internet', to: instance.id, protocol: 'tcp', port: 443 });
}

describe('readAws on damaged describe output', () => {
  it('the undamaged estate imports without an error', () => {
    const r = readAws(damaged([]), { layout: false });
    expect(r.design?.resources.length).toBeGreaterThan(50);
    expect(r.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('never throws; gives a design the format accepts, or a refusal with an error', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 8 }), (changes) => {
        checkResult(readAws(damaged(changes), { layout: false }));
      }),
      { numRuns: 150 },
    );
  });

  it('any JSON at all, as a file of any name, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.string(), (value, path) => {
        checkResult(readAws([{ path, text: JSON.stringify(value) }], { layout: false }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('ids that collide across kinds', () => {
  it('a subnet with its VPC’s id (a cycle of parents) is read without hanging, and checks as a design', () => {
    const inputs = [
      { path: 'vpcs.json', text: JSON.stringify({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }] }) },
      {
        path: 'subnets.json',
        text: JSON.stringify({
          Subnets: [{ SubnetId: 'vpc-1', VpcId: 'vpc-1', CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }],
        }),
      },
      {
        path: 'instances.json',
        text: JSON.stringify({
          Reservations: [
            {
              Instances: [
                {
                  InstanceId: 'i-1',
                  VpcId: 'vpc-1',
                  SubnetId: 'vpc-1',
                  PrivateIpAddress: '10.0.1.5',
                  SecurityGroups: [{ GroupId: 'sg-1' }],
                },
              ],
            },
          ],
        }),
      },
    ];
    const r = readAws(inputs, { layout: false });
    checkResult(r);
    expect(r.report.problems).toContainEqual(
      expect.objectContaining({ code: 'duplicate', severity: 'warning', params: { id: 'vpc-1' } }),
    );
    expect(r.design!.resources.find((x) => x.id === 'vpc-1')?.kind).toBe('vpc');
  });
});
