import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createResource } from '../catalog/index.ts';
import { enFull } from '../i18n/locales/enFull.ts';
import { ko } from '../i18n/locales/ko.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { twoAzDesign } from '../testing/fixtures.ts';
import { indexDesign } from './graph.ts';
import { RESOURCE_KINDS, type ResourceKind } from './kinds/index.ts';
import { detailContext, nodeDetails } from './nodeDetails.ts';
import { addResource } from './ops.ts';
import type { Design, Resource } from './types.ts';

const detailsIn = (d: Design) => {
  const ctx = detailContext(indexDesign(d));
  return (r: Resource) => nodeDetails(r, ctx);
};

function text(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((t, k) => (t as Record<string, unknown> | undefined)?.[k], tree);
}

describe('node details from the kind definitions', () => {
  it('give each kind its line of text, chips and variant', () => {
    const { d: base, region, vpc, azA, pubA, privA, igw, rtPub, web, db, sgWeb, sgDb } = twoAzDesign();
    let d = base;
    const add = (kind: ResourceKind, parent: string | null, patch: Record<string, unknown> = {}) => {
      const r = { ...createResource(d, kind, parent, { x: 0, y: 0 }), ...patch } as Resource;
      d = addResource(d, r);
      return r;
    };
    const vpc2 = add('vpc', region.id, { name: 'other' });
    const peer = add('peering', null, { requesterVpcId: vpc.id, accepterVpcId: vpc2.id });
    const nat = add('nat', pubA.id, { connectivity: 'private', elasticIp: null });
    const lb = add('loadBalancer', pubA.id, { scheme: 'internal', securityGroupIds: [sgWeb.id, 'sg-gone'] });
    const ext = add('external', vpc.id, { awsType: 'transit-gateway' });
    const pl = add('prefixList', null, { entries: null });
    const loose = add('igw', null);
    const of = detailsIn(d);
    const line = (subtitle: unknown) => ({ subtitle, chips: [], variant: null });

    expect(of(region)).toEqual(line((region as Extract<Resource, { kind: 'region' }>).code));
    expect(of(azA)).toEqual(line((azA as Extract<Resource, { kind: 'az' }>).zone));
    expect(of(vpc)).toEqual(line((vpc as Extract<Resource, { kind: 'vpc' }>).cidrBlocks.join(', ')));
    expect(of(igw)).toEqual(line({ k: 'node.attached' }));
    expect(of(loose)).toEqual(line({ k: 'node.detached' }));
    expect(of(peer)).toEqual(line(`${vpc.name} ↔ other`));
    expect(of(nat)).toEqual(line({ k: 'inspector.connectivityPrivate' }));
    expect(of(ext)).toEqual(line('transit-gateway'));
    expect(of(pl)).toEqual(line({ k: 'node.entriesUnknown' }));
    expect(of(sgDb).subtitle).toEqual({ k: 'node.sgRules', p: { in: 0, out: 1 } });
    expect(of(rtPub).subtitle).toEqual({ k: 'node.routes', p: { count: 1 } });
    // A workload: its groups that exist, as chips.
    expect(of(lb)).toEqual({
      subtitle: { k: 'inspector.internal' },
      chips: [{ key: sgWeb.id, label: sgWeb.name, tone: 'sg' }],
      variant: null,
    });
    expect(of(web).chips).toEqual([{ key: sgWeb.id, label: sgWeb.name, tone: 'sg' }]);
    expect(of(db).subtitle).toBe('postgres:5432');
    // A subnet: its block and the table it uses (here the VPC's main one: it has no table of its own, and no NACL).
    expect(of(privA)).toEqual({
      subtitle: (privA as Extract<Resource, { kind: 'subnet' }>).cidr,
      chips: [{ key: 'rtb', label: rtPub.name, tone: 'rtb', association: true }],
      variant: 'private',
    });
  });

  it('match the examples as drawn: public subnets, main and default chips, instance addresses', () => {
    const d = parseDesignJson(readFileSync('examples/three-tier-alb.json', 'utf8'));
    if (!d.ok) throw new Error('example unreadable');
    const design = d.design;
    const of = detailsIn(design);
    const named = (name: string) => design.resources.find((r) => r.name === name)!;
    expect(of(named('public-a'))).toEqual({
      subtitle: '10.0.0.0/24',
      chips: [
        { key: 'rtb', label: 'public', tone: 'rtb', association: true },
        { key: 'acl', label: 'default NACL', tone: 'acl', association: true },
      ],
      variant: 'public',
    });
    expect(of(named('app-a')).variant).toBe('private');
    expect(of(named('main')).chips).toEqual([{ key: 'main', label: 'main', textKey: 'node.main', tone: 'rtb' }]);
    expect(of(named('default NACL'))).toEqual({
      subtitle: { k: 'node.rules', p: { count: 2 } },
      chips: [{ key: 'default', label: 'default', textKey: 'node.isDefault', tone: 'acl' }],
      variant: null,
    });
    expect(of(named('nat-a')).subtitle).toBe('203.0.113.20');
    expect(of(named('web-alb')).subtitle).toEqual({ k: 'inspector.internetFacing' });
  });

  it('name only text keys that exist in English and Korean', () => {
    const { d } = twoAzDesign();
    let design = d;
    for (const kind of RESOURCE_KINDS) {
      const parent = design.resources.find((r) => r.kind === 'subnet')!.id;
      const r = createResource(design, kind, kind === 'region' ? null : parent, { x: 0, y: 0 });
      design = addResource(design, r);
    }
    const of = detailsIn(design);
    const keys = design.resources.flatMap((r) => {
      const dt = of(r);
      return [
        ...(typeof dt.subtitle === 'string' ? [] : [dt.subtitle.k]),
        ...dt.chips.flatMap((c) => (c.textKey ? [c.textKey] : [])),
      ];
    });
    expect(keys.length).toBeGreaterThan(5);
    // A key with a count exists in its plural forms (`node.routes_one`, `node.routes_other`).
    const has = (tree: unknown, k: string) => typeof (text(tree, k) ?? text(tree, `${k}_other`)) === 'string';
    for (const k of new Set(keys)) {
      expect(has(enFull, k), `en ${k}`).toBe(true);
      expect(has(ko, k), `ko ${k}`).toBe(true);
    }
  });
});
