/**
 * Every file in examples/ opens cleanly and is laid out by the diagram rules: positions are relative
 * to the parent, leaves are drawn 120 x 92, container content starts 44 px below the top and 24 px
 * from the sides, siblings keep 24 px apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedParents } from '../../model/containment.ts';
import { isContainer, type Design, type Resource } from '../../model/types.ts';
import { analyzeReachability, validate } from '../../validation/index.ts';
import { parseDesignJson } from './read.ts';
import { serializeDesign } from './write.ts';

const LEAF = { width: 120, height: 92 };
const TOP = 44;
const SIDE = 24;
const GAP = 24;

const dir = new URL('../../../examples/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

const sizeOf = (r: Resource) => (isContainer(r) ? r.size : LEAF);
const box = (r: Resource) => ({ x: r.position.x, y: r.position.y, ...sizeOf(r) });

function load(file: string): Design {
  const r = parseDesignJson(readFileSync(new URL(file, dir), 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.design;
}

describe('examples/', () => {
  it('holds the documented examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'peered-vpcs.json',
        'single-public-web.json',
        'three-tier-alb.json',
        'two-az-web-db.json',
      ]),
    );
  });

  describe.each(files)('%s', (file) => {
    it('parses without errors or warnings, and is saved in canonical form', () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const r = parseDesignJson(text);
      expect(r.ok && r.warnings).toEqual([]);
      expect(r.ok && serializeDesign(r.design)).toBe(text);
    });

    it('has no error-severity findings from the validator', () => {
      const errors = validate(load(file)).filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    });

    it('behaves as its flows say: "expected blocked" flows are blocked, the others get through', () => {
      const d = load(file);
      for (const f of d.flows) {
        const answer = analyzeReachability(d, { from: f.from, to: f.to, protocol: f.protocol, port: f.port });
        expect(answer.reachable, f.label).toBe(!/expected blocked/.test(f.label));
      }
    });

    it('nests every resource where AWS allows it', () => {
      const d = load(file);
      const byId = new Map(d.resources.map((r) => [r.id, r]));
      for (const r of d.resources) {
        const parentKind = r.parent === null ? null : byId.get(r.parent)!.kind;
        expect(allowedParents(r.kind), `${r.id} in ${parentKind}`).toContain(parentKind);
      }
    });

    it('uses AWS-style ids, unique across resources and records', () => {
      const d = load(file);
      const ids = [
        ...d.resources.map((r) => r.id),
        ...d.flows.map((f) => f.id),
        ...d.resources.flatMap((r) =>
          r.kind === 'routeTable'
            ? r.routes.map((x) => x.id)
            : r.kind === 'nacl'
              ? r.rules.map((x) => x.id)
              : r.kind === 'securityGroup'
                ? [...r.ingress, ...r.egress].map((x) => x.id)
                : [],
        ),
      ];
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z]+-0[0-9a-f]{7}$/);
    });

    it('gives containers room for their children with padding, and keeps siblings apart', () => {
      const d = load(file);
      const byId = new Map(d.resources.map((r) => [r.id, r]));
      const problems: string[] = [];
      for (const r of d.resources) {
        if (r.parent === null) continue;
        const p = byId.get(r.parent)!;
        if (!isContainer(p)) continue;
        const b = box(r);
        if (b.x < SIDE || b.y < TOP || b.x + b.width > p.size.width - SIDE || b.y + b.height > p.size.height - SIDE) {
          problems.push(`${r.id} does not fit inside ${p.id} with padding`);
        }
      }
      const groups = new Map<string | null, Resource[]>();
      for (const r of d.resources) groups.set(r.parent, [...(groups.get(r.parent) ?? []), r]);
      for (const siblings of groups.values()) {
        for (let i = 0; i < siblings.length; i++) {
          for (let j = i + 1; j < siblings.length; j++) {
            const a = box(siblings[i]!);
            const b = box(siblings[j]!);
            const apart =
              a.x + a.width + GAP <= b.x ||
              b.x + b.width + GAP <= a.x ||
              a.y + a.height + GAP <= b.y ||
              b.y + b.height + GAP <= a.y;
            if (!apart) problems.push(`${siblings[i]!.id} and ${siblings[j]!.id} are closer than ${GAP} px`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('two-az-web-db has what its description promises', () => {
    const d = load('two-az-web-db.json');
    const of = <K extends Resource['kind']>(k: K) =>
      d.resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === k);
    expect(of('az').map((a) => a.zone)).toEqual(['us-east-1a', 'us-east-1b']);
    expect(
      of('subnet')
        .map((s) => s.cidr)
        .sort(),
    ).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.10.0/24', '10.0.11.0/24']);
    expect(of('nat').every((n) => n.connectivity === 'public' && n.elasticIp !== null)).toBe(true);
    expect(of('routeTable').filter((t) => t.main)).toHaveLength(1);
    expect(of('nacl')[0]).toMatchObject({ isDefault: true });
    expect(of('rds')[0]).toMatchObject({ engine: 'postgres', port: 5432, publiclyAccessible: false });
    expect(of('rds')[0]!.subnetIds).toHaveLength(2);
    const dbSg = of('securityGroup').find((s) => s.name === 'db-sg')!;
    const webSg = of('securityGroup').find((s) => s.name === 'web-sg')!;
    expect(dbSg.ingress).toEqual([expect.objectContaining({ fromPort: 5432, sourceSg: webSg.id, cidr: null })]);
    expect(of('vpc')[0]).toMatchObject({ cidrBlocks: ['10.0.0.0/16'], flowLogs: true });
    expect(d.flows.map((f) => f.port)).toEqual(expect.arrayContaining([443, 5432]));
  });
});
