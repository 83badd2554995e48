import { describe, expect, it } from 'vitest';
import { generateDesign } from './generate.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { serializeDesign } from '../io/json/write.ts';
import { validate, analyzeReachability } from '../validation/index.ts';
import { indexDesign, isContainer } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';

describe('generateDesign', () => {
  for (const [n, loadBalancing] of [
    [100, false],
    [1000, false],
    [5000, false],
    [1000, true],
  ] as const) {
    it(`${n} resources${loadBalancing ? ' with target groups and interfaces' : ''}: within ±10%, opens cleanly, and has no error findings`, () => {
      const d = generateDesign({ resources: n, seed: 7, loadBalancing });
      if (loadBalancing) {
        expect(d.resources.some((r) => r.kind === 'targetGroup')).toBe(true);
        expect(d.resources.some((r) => r.kind === 'networkInterface')).toBe(true);
      }
      expect(Math.abs(d.resources.length - n)).toBeLessThanOrEqual(n * 0.1);

      const parsed = parseDesignJson(serializeDesign(d));
      expect(parsed.ok && parsed.warnings).toEqual([]);

      const errors = validate(d).filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
    });
  }

  it('with transit: a transit gateway per Region joins its VPCs, and S3 endpoints sit on the private tables', () => {
    const d = generateDesign({ resources: 1000, seed: 7, loadBalancing: true, transit: true });
    expect(Math.abs(d.resources.length - 1000)).toBeLessThanOrEqual(100);
    const index = indexDesign(d);
    const regions = index.ofKind('region');
    expect(index.ofKind('transitGateway').length).toBe(regions.length);
    expect(index.ofKind('tgwAttachment').length).toBe(index.ofKind('vpc').length);
    expect(index.ofKind('gatewayEndpoint').length).toBe(index.ofKind('vpc').length);
    expect(validate(d).filter((f) => f.severity === 'error')).toEqual([]);
    expect(parseDesignJson(serializeDesign(d)).ok).toBe(true);

    // Two app instances in VPCs of one Region that are not peered: the packet goes through the
    // transit gateway and reaches the destination, whose group then admits only the load balancer.
    const vpcs = index.ofKind('vpc').filter((v) => index.regionOf(v.id)?.id === regions[0]!.id);
    const peered = new Set(index.ofKind('peering').flatMap((p) => [p.requesterVpcId, p.accepterVpcId]));
    const [va, vb] = vpcs.filter((v) => !peered.has(v.id));
    const app = (vpc: string) => index.ofKind('instance').find((i) => index.vpcOf(i.id)?.id === vpc && i.name.startsWith('app-'))!;
    const a = app(va!.id);
    const b = app(vb!.id);
    const r = analyzeReachability(d, { from: a.id, to: b.id, protocol: 'tcp', port: 8080 });
    const attachmentOf = (vpc: string) => index.ofKind('tgwAttachment').find((x) => x.parent === vpc)!.id;
    // In through a's attachment, looked up in the transit gateway's route table, out through b's.
    expect(r.hops.filter((h) => h.kind.startsWith('tgw')).map((h) => h.resource)).toEqual([
      attachmentOf(va!.id),
      index.ofKind('tgwRouteTable').find((t) => index.regionOf(t.id)?.id === regions[0]!.id)!.id,
      attachmentOf(vb!.id),
    ]);
    expect(r.outcome).toBe('blocked');
    expect(r.hops.at(-1)).toMatchObject({ kind: 'securityGroup', code: 'ENI_SG_RULES_MISMATCH' });
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = serializeDesign(generateDesign({ resources: 300, seed: 42 }));
    expect(serializeDesign(generateDesign({ resources: 300, seed: 42 }))).toBe(a);
    expect(serializeDesign(generateDesign({ resources: 300, seed: 43 }))).not.toBe(a);
  });

  it('has what a realistic design has, and every flow it draws is reachable', () => {
    const d = generateDesign({ resources: 1000, seed: 3 });
    const index = indexDesign(d);
    expect(index.ofKind('region').length).toBeGreaterThanOrEqual(2);
    expect(index.ofKind('vpc').length).toBeGreaterThanOrEqual(5);
    for (const kind of [
      'az',
      'subnet',
      'igw',
      'nat',
      'routeTable',
      'nacl',
      'securityGroup',
      'instance',
      'loadBalancer',
      'rds',
      'peering',
    ] as const) {
      expect(index.ofKind(kind).length, kind).toBeGreaterThan(0);
    }
    for (const vpc of index.ofKind('vpc')) {
      const azs = index.children(vpc.id).filter((c) => c.kind === 'az').length;
      expect(azs).toBeGreaterThanOrEqual(2);
      expect(azs).toBeLessThanOrEqual(3);
    }
    expect(index.ofKind('securityGroup').some((sg) => sg.ingress.some((r) => r.sourceSg))).toBe(true);
    expect(d.flows.length).toBeGreaterThan(0);
    for (const f of d.flows) expect(analyzeReachability(d, f).reachable, f.label).toBe(true);
  });

  it('lays out every child inside its container, parents first, and no two siblings overlap', () => {
    const d = generateDesign({ resources: 1000, seed: 5 });
    const index = indexDesign(d);
    const seen = new Set<string>();
    for (const r of d.resources) {
      if (r.parent) expect(seen.has(r.parent), `${r.id} after its parent`).toBe(true);
      seen.add(r.id);
    }
    for (const c of d.resources.filter(isContainer)) {
      const kids = index.children(c.id);
      for (const k of kids) {
        const s = sizeOf(k);
        expect(k.position.x >= 0 && k.position.y >= 0, `${k.id} in ${c.id}`).toBe(true);
        expect(
          k.position.x + s.width <= c.size.width && k.position.y + s.height <= c.size.height,
          `${k.id} in ${c.id}`,
        ).toBe(true);
      }
      for (let i = 0; i < kids.length; i++) {
        for (let j = i + 1; j < kids.length; j++) {
          const a = kids[i]!;
          const b = kids[j]!;
          const sa = sizeOf(a);
          const sb = sizeOf(b);
          const apart =
            a.position.x + sa.width <= b.position.x ||
            b.position.x + sb.width <= a.position.x ||
            a.position.y + sa.height <= b.position.y ||
            b.position.y + sb.height <= a.position.y;
          expect(apart, `${a.id} and ${b.id}`).toBe(true);
        }
      }
    }
  });
});
