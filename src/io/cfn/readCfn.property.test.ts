/**
 * Property tests of readCfn: a corpus template, however damaged, never throws and always gives a
 * design the JSON format accepts (which the validator and the path engine check without throwing),
 * or a refusal with an error. The damage: values removed, replaced by any JSON or by expressions
 * CloudFormation would reject (an index out of range, a missing condition, a Cidr that does not fit,
 * a reference to nothing, an imported value), resources copied under other names, the text cut short.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesignJson } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { validate } from '../../validation/index.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { parseTemplate, readCfn, type CfnImportResult } from './index.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const FILES = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
const texts = FILES.map((f) => readFileSync(dir + f, 'utf8'));
const values = texts.map((t) => {
  const p = parseTemplate(t);
  if (!p.ok) throw new Error(p.message);
  return p.value;
});
/** Every parameter any corpus template needs. */
const PARAMS = {
  EKSClusterVersion: '1.29',
  EnvironmentName: 'dev',
  PeerName: 'p',
  PeerOwnerId: '111122223333',
  PeerRoleARN: 'arn:aws:iam::111122223333:role/x',
  PeerVPCID: 'vpc-0123456789abcdef0',
  VPCID: 'vpc-0aaaabbbbccccdddd',
  KeyName: 'k',
  ParentVPCStack: 'net',
};

type Json = unknown;
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<Json>(
    { Ref: 'Nothing' },
    { Ref: 'AWS::NoValue' },
    { 'Fn::Select': [99, ['a']] },
    { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
    { 'Fn::If': ['NoSuchCondition', 1, 2] },
    { 'Fn::Cidr': ['10.0.0.0/16', 300, 8] },
    { 'Fn::ImportValue': 'other-stack-Value' },
    { 'Fn::GetAtt': ['VPC', 'CidrBlock'] },
    { 'Fn::Sub': '${Nope.Attr}' },
    { 'Fn::Join': [',', 'not a list'] },
    { 'Fn::FindInMap': ['No', 'Such', 'Key'] },
    { 'Fn::Equals': [1] },
    'AWS::EC2::Subnet',
    'AWS::EC2::Nope',
    '10.0.0.0/33',
    '0.0.0.0/0',
    'local',
    'internet',
    -1,
    null,
  ),
);

type Damage =
  | { kind: 'remove'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'copy'; pick: number; name: string }
  | { kind: 'cut'; at: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: nasty }),
  fc.record({ kind: fc.constant('copy' as const), pick: fc.nat(), name: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function damaged(file: number, changes: readonly Damage[]): string {
  const value = structuredClone(values[file]) as Record<string, Json>;
  let cutAt = -1;
  for (const c of changes) {
    if (c.kind === 'cut') {
      cutAt = c.at;
      continue;
    }
    if (c.kind === 'copy') {
      const res = value.Resources as Record<string, Json> | undefined;
      if (!res || typeof res !== 'object') continue;
      const keys = Object.keys(res);
      const k = keys[c.pick % Math.max(1, keys.length)];
      if (k) res[`${k}${c.name}`] = structuredClone(res[k]);
      continue;
    }
    const all = paths(value).filter((p) => p.length > 0);
    const p = all[c.pick % Math.max(1, all.length)];
    if (!p) continue;
    let parent = value as Record<string | number, Json>;
    for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
    const last = p.at(-1)!;
    if (c.kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = c.value;
  }
  // Cut the original text (YAML or JSON) when asked, else write the damaged value as JSON.
  return cutAt >= 0 ? texts[file]!.slice(0, cutAt % (texts[file]!.length + 1)) : JSON.stringify(value, null, 1);
}

function checkResult(r: CfnImportResult) {
  if (!r.design) {
    expect(r.report.problems.some((p) => p.severity === 'error')).toBe(true);
    return;
  }
  const reopened = parseDesignJson(serializeDesign(r.design));
  if (!reopened.ok) throw new Error(`an import the format refuses: ${JSON.stringify(reopened.errors.slice(0, 3))}`);
  const ids = r.design.resources.map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  validate(reopened.design);
  const target = reopened.design.resources.find((x) => x.kind === 'instance' || x.kind === 'loadBalancer');
  if (target) analyzeReachability(reopened.design, { from: 'internet', to: target.id, protocol: 'tcp', port: 443 });
}

describe('readCfn on damaged templates', () => {
  it('every undamaged corpus template imports', () => {
    for (let i = 0; i < FILES.length; i++)
      expect(readCfn(damaged(i, []), { params: PARAMS }).design, FILES[i]).not.toBeNull();
  });

  it('never throws; gives a design the format accepts, or a refusal with an error', () => {
    fc.assert(
      fc.property(fc.nat(FILES.length - 1), fc.array(damage, { minLength: 1, maxLength: 6 }), (file, changes) => {
        checkResult(readCfn(damaged(file, changes), { params: PARAMS, region: 'eu-west-1' }));
      }),
      { numRuns: 150 },
    );
  });

  it('any text at all never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        ),
        (text) => {
          checkResult(readCfn(text));
        },
      ),
      { numRuns: 200 },
    );
  });
});
