import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DesignBuilder } from '../validation/testing/builder.ts';
import { generateDesign } from '../testing/generate.ts';
import { indexDesign, isContainer } from '../model/index.ts';
import {
  LEAF_ZOOM,
  LOD_MIN_RESOURCES,
  VPC_ZOOM,
  lodAt,
  planLod,
  rerouteEdges,
  shownAs,
  summarise,
  type LodPlan,
} from './lod.ts';

/** A generated estate (13 VPCs), shared by the tests that walk one. */
const estate = generateDesign({ resources: 600, seed: 2 });

/** One region, one VPC with an IGW, one AZ, two subnets: web (2 instances, 1 ALB) and db (1 RDS). */
function small() {
  const b = new DesignBuilder();
  const region = b.region();
  const vpc = b.vpc(region);
  const igw = b.igw(vpc);
  const az = b.az(vpc);
  const web = b.subnet(az, '10.0.1.0/24');
  const db = b.subnet(az, '10.0.2.0/24');
  const i1 = b.instance(web);
  const i2 = b.instance(web);
  const lb = b.lb(web);
  const rds = b.rds(db);
  return { design: b.build(), region, vpc, igw, az, web, db, i1, i2, lb, rds };
}

describe('lodAt: what is summarised at a zoom', () => {
  it('draws a small design in full at every zoom, a large one by legibility', () => {
    expect(lodAt(0.1, LOD_MIN_RESOURCES)).toBe('detail');
    const big = LOD_MIN_RESOURCES + 1;
    expect(lodAt(LEAF_ZOOM, big)).toBe('detail');
    expect(lodAt(LEAF_ZOOM - 0.01, big)).toBe('subnets');
    expect(lodAt(VPC_ZOOM, big)).toBe('subnets');
    expect(lodAt(VPC_ZOOM - 0.01, big)).toBe('vpcs');
    expect(lodAt(0, big)).toBe('vpcs');
  });
});

describe('planLod', () => {
  it('at the detail level with nothing collapsed, hides and summarises nothing', () => {
    const { design } = small();
    const plan = planLod(design, 'detail', new Set());
    expect(plan.hidden.size).toBe(0);
    expect(plan.summarised.size).toBe(0);
  });

  it('zoomed out to subnets: subnets summarised, their contents and the VPC’s own leaves hidden', () => {
    const s = small();
    const plan = planLod(s.design, 'subnets', new Set());
    expect([...plan.summarised].sort()).toEqual([s.web, s.db].sort());
    expect([...plan.hidden].sort()).toEqual([s.igw, s.i1, s.i2, s.lb, s.rds].sort());
    expect(shownAs(plan, s.i1)).toBe(s.web);
    expect(shownAs(plan, s.rds)).toBe(s.db);
    expect(shownAs(plan, s.igw)).toBe(s.vpc); // a leaf outside any subnet: its VPC stands for it
    expect(shownAs(plan, s.az)).toBe(s.az);
  });

  it('zoomed out to VPCs: each VPC one box, everything inside it hidden and standing in as the VPC', () => {
    const s = small();
    const plan = planLod(s.design, 'vpcs', new Set());
    expect([...plan.summarised]).toEqual([s.vpc]);
    for (const id of [s.igw, s.az, s.web, s.db, s.i1, s.rds]) expect(shownAs(plan, id)).toBe(s.vpc);
    expect(shownAs(plan, s.region)).toBe(s.region);
  });

  it('a container collapsed by hand is summarised at the detail level, and only it', () => {
    const s = small();
    const plan = planLod(s.design, 'detail', new Set([s.web]));
    expect([...plan.summarised]).toEqual([s.web]);
    expect([...plan.hidden].sort()).toEqual([s.i1, s.i2, s.lb].sort());
    expect(shownAs(plan, s.rds)).toBe(s.rds);
    // Collapsing the VPC takes in the subnet collapsed inside it.
    const outer = planLod(s.design, 'detail', new Set([s.web, s.vpc]));
    expect([...outer.summarised]).toEqual([s.vpc]);
    expect(shownAs(outer, s.i1)).toBe(s.vpc);
  });

  it('on a generated estate, every resource is shown, or hidden with a shown stand-in that holds it', () => {
    const design = estate;
    const index = indexDesign(design);
    const vpcIds = index.ofKind('vpc').map((v) => v.id);
    fc.assert(
      fc.property(
        fc.constantFrom('detail' as const, 'subnets' as const, 'vpcs' as const),
        fc.subarray(vpcIds, { maxLength: 4 }),
        (level, collapsed) => {
          const plan = planLod(design, level, new Set(collapsed));
          for (const r of design.resources) {
            if (!plan.hidden.has(r.id)) continue;
            const s = shownAs(plan, r.id);
            if (!s) {
              expect(r.parent).toBeNull();
              continue;
            }
            expect(plan.hidden.has(s)).toBe(false);
            // The stand-in is an ancestor.
            let p = r.parent;
            while (p && p !== s) p = index.get(p)?.parent ?? null;
            expect(p).toBe(s);
            expect(isContainer(index.get(s)!)).toBe(true);
          }
          if (level === 'vpcs') expect(plan.summarised.size).toBe(vpcIds.length);
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('rerouteEdges', () => {
  const s = small();
  const kindOf = (id: string) => indexDesign(s.design).get(id)?.kind;
  const edges = [
    { id: 'f1', source: s.i1, target: s.rds, data: { verdict: 'ok', route: { points: [] } } },
    { id: 'f2', source: s.i1, target: s.i2, data: { verdict: 'ok' } },
    { id: 'f3', source: 'internet', target: s.lb, data: { verdict: 'blocked' } },
    { id: 'p1', source: s.igw, target: s.vpc },
  ];

  it('ends an edge at the box that stands for its end; drops it when both ends land in one box', () => {
    const plan = planLod(s.design, 'detail', new Set([s.web]));
    const out = rerouteEdges(edges, plan, kindOf);
    expect(out.map((e) => [e.id, e.source, e.target])).toEqual([
      ['f1', s.web, s.rds],
      ['f3', 'internet', s.web],
      ['p1', s.igw, s.vpc],
    ]);
    // A re-routed edge loses its planned route, and says it was re-routed; an untouched one is the same object.
    expect(out[0]!.data).toMatchObject({ verdict: 'ok', route: undefined, rerouted: true });
    expect(out[2]).toBe(edges[3]);
  });

  it('drops an edge whose box is a region or a zone (they take no edges) or has no box', () => {
    const regionPlan: LodPlan = {
      level: 'detail',
      summarised: new Set([s.az]),
      hidden: new Set([s.web, s.db, s.i1, s.i2, s.lb, s.rds]),
      standIn: new Map([s.web, s.db, s.i1, s.i2, s.lb, s.rds].map((id) => [id, s.az])),
    };
    expect(rerouteEdges(edges, regionPlan, kindOf).map((e) => e.id)).toEqual(['p1']);
    const vpcs = planLod(s.design, 'vpcs', new Set());
    expect(rerouteEdges(edges, vpcs, kindOf).map((e) => [e.id, e.source, e.target])).toEqual([
      ['f3', 'internet', s.vpc],
    ]);
  });

  it('returns the edges as they are when nothing is hidden', () => {
    expect(rerouteEdges(edges, planLod(s.design, 'detail', new Set()), kindOf)).toBe(edges);
  });
});

describe('summarise: counts and worst finding', () => {
  it('counts what a container holds at any depth, by kind, in reading order', () => {
    const s = small();
    const sum = summarise(s.design, new Map());
    expect(sum.get(s.web)).toMatchObject({
      counts: [
        ['instance', 2],
        ['loadBalancer', 1],
      ],
      total: 3,
      worst: null,
    });
    expect(sum.get(s.vpc)!.counts).toEqual([
      ['az', 1],
      ['subnet', 2],
      ['instance', 2],
      ['loadBalancer', 1],
      ['rds', 1],
      ['igw', 1],
    ]);
    expect(sum.get(s.region)!.total).toBe(9);
    expect(sum.has(s.i1)).toBe(false); // leaves have no summary
  });

  it('takes the worst finding of the container and everything inside it, and adds up the findings', () => {
    const s = small();
    const sum = summarise(
      s.design,
      new Map([
        [s.i1, { severity: 'warning' as const, count: 2 }],
        [s.rds, { severity: 'error' as const, count: 1 }],
        [s.vpc, { severity: 'info' as const, count: 1 }],
      ]),
    );
    expect(sum.get(s.web)).toMatchObject({ worst: 'warning', findings: 2 });
    expect(sum.get(s.db)).toMatchObject({ worst: 'error', findings: 1 });
    expect(sum.get(s.vpc)).toMatchObject({ worst: 'error', findings: 4 });
    expect(sum.get(s.az)).toMatchObject({ worst: 'error', findings: 3 });
  });

  it('on a generated estate, a VPC’s counts add up to the resources inside it', () => {
    const design = estate;
    const index = indexDesign(design);
    const sum = summarise(design, new Map());
    for (const v of index.ofKind('vpc')) {
      const inside = design.resources.filter((r) => r.id !== v.id && index.vpcOf(r.id)?.id === v.id).length;
      const s = sum.get(v.id)!;
      expect(s.total).toBe(inside);
      expect(s.counts.reduce((a, [, n]) => a + n, 0)).toBe(inside);
    }
  });
});
