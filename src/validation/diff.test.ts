import { describe, expect, it } from 'vitest';
import { addResource, moveResources, removeResources, reparent, updateResource } from '../model/ops.ts';
import type { Design, Resource, SecurityGroup } from '../model/types.ts';
import { buildIndex } from './designIndex.ts';
import { diffDesigns, wellFormed, type DesignDiff } from './diff.ts';
import { webApp } from './testing/builder.ts';

const diff = (a: Design, b: Design) => diffDesigns(a, buildIndex(a), b);

/** `kind: fields` (sorted) or `kind: *`, for compact assertions. */
function fields(d: DesignDiff | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of d!.fields) out[k] = v === '*' ? '*' : [...v].sort().join(',');
  return out;
}

const raw = (d: Design, f: (rs: Resource[]) => Resource[]): Design => ({ ...d, resources: f([...d.resources]) });

describe('diffDesigns', () => {
  const w = webApp();
  const d = w.b.build();
  const indexOf = (id: string) => d.resources.findIndex((r) => r.id === id);

  it('an SG rule edit: one field of one kind, in place', () => {
    const sg = w.b.get<SecurityGroup>(w.appSg);
    const next = updateResource<SecurityGroup>(d, w.appSg, {
      ingress: [{ ...sg.ingress[0]!, fromPort: 8081, toPort: 8081 }],
    });
    const x = diff(d, next)!;
    expect(fields(x)).toEqual({ securityGroup: 'ingress' });
    expect([...x.replaced]).toEqual(['securityGroup']);
    expect([...x.existence]).toEqual([]);
    expect(x.tree).toBe(false);
    expect(x.chains.size).toBe(0);
    expect(x.inPlace).toEqual([indexOf(w.appSg)]);
    expect(x.count).toBe(1);
    expect(x.flows).toBe(false);
  });

  it('moving or renaming is reported field by field, but is no change towards a large one; the objects are replaced', () => {
    const moved = moveResources(d, new Map([[w.web, { x: 300, y: 40 }]]));
    const renamed = updateResource(moved, w.vpc, { name: 'prod' });
    const x = diff(d, renamed)!;
    expect(fields(x)).toEqual({ instance: 'position', vpc: 'name' });
    expect(x.count).toBe(0);
    expect([...x.replaced].sort()).toEqual(['instance', 'vpc']);
    expect(x.tree).toBe(false);
  });

  it('a field that disappears is a change of that field', () => {
    const next = raw(d, (rs) =>
      rs.map((r) => (r.id === w.web ? ({ ...r, elasticIp: undefined } as unknown as Resource) : r)),
    );
    expect(fields(diff(d, next))).toEqual({ instance: 'elasticIp' });
    const rest: Record<string, unknown> = { ...w.b.get(w.web) };
    delete rest.elasticIp;
    const gone = raw(d, (rs) => rs.map((r) => (r.id === w.web ? (rest as unknown as Resource) : r)));
    expect(fields(diff(d, gone))).toEqual({ instance: 'elasticIp' });
  });

  it('flows only', () => {
    const next = {
      ...d,
      flows: [{ id: 'f', from: 'internet', to: w.web, protocol: 'tcp' as const, port: 443, label: '' }],
    };
    const x = diff(d, next)!;
    expect(x.flows).toBe(true);
    expect(fields(x)).toEqual({});
    expect(x.inPlace).toEqual([]);
  });

  it('an added resource: its kind changed, existence too, and the tree', () => {
    const i = { ...w.b.get(w.app), id: 'i-new' } as Resource;
    const x = diff(d, addResource(d, i))!;
    expect(fields(x)).toEqual({ instance: '*' });
    expect([...x.existence]).toEqual(['instance']);
    expect(x.tree).toBe(true);
    expect([...x.chains]).toEqual(['i-new']); // no other resource's chain of parents changed
    expect(x.inPlace).toBeNull();
  });

  it('a removed subnet: it, everything in it, and the references to it', () => {
    const x = diff(d, removeResources(d, [w.privA]))!;
    expect([...x.existence].sort()).toEqual(['instance', 'rds', 'subnet']);
    // The route table and the database subnet group that listed it lose the reference.
    expect(fields(x)).toMatchObject({ subnet: '*', instance: '*', rds: '*', routeTable: 'subnetIds' });
  });

  it('a re-parented AZ: every resource below it reads a changed chain of parents', () => {
    const other = addResource(d, {
      kind: 'vpc',
      id: 'vpc-other',
      name: 'b',
      parent: w.region,
      position: { x: 0, y: 0 },
      size: { width: 1, height: 1 },
      cidrBlocks: ['10.1.0.0/16'],
      flowLogs: true,
      isDefault: false,
    });
    const x = diff(other, updateResource(other, w.azA, { parent: 'vpc-other' }))!;
    expect(x.tree).toBe(true);
    expect(fields(x)).toEqual({ az: 'parent', subnet: 'parent', nat: 'parent', instance: 'parent', rds: 'parent' });
    expect(x.chains).toEqual(new Set([w.azA, w.pubA, w.privA, w.nat, w.web, w.app, w.db]));
    expect([...x.chainKinds].sort()).toEqual(['az', 'instance', 'nat', 'rds', 'subnet']);
  });

  it('re-parenting an instance through the op (it may also move in document order)', () => {
    const x = diff(d, reparent(d, w.app, w.privB, { x: 0, y: 0 }))!;
    expect(x.tree).toBe(true);
    expect(fields(x).instance === '*' || String(fields(x).instance).split(',').includes('parent')).toBe(true);
  });

  it('a changed kind under the same id: both kinds, existence and the tree', () => {
    const next = raw(d, (rs) =>
      rs.map((r) =>
        r.id === w.igw ? ({ ...r, kind: 'nat', connectivity: 'public', elasticIp: null } as Resource) : r,
      ),
    );
    const x = diff(d, next)!;
    expect(fields(x)).toEqual({ igw: '*', nat: '*' });
    expect([...x.existence].sort()).toEqual(['igw', 'nat']);
    expect(x.tree).toBe(true);
  });

  it('a change of document order: the kinds of the resources between the two places', () => {
    const a = indexOf(w.publicRt);
    const b = indexOf(w.privateRtB);
    const next = raw(d, (rs) => {
      [rs[a], rs[b]] = [rs[b]!, rs[a]!];
      return rs;
    });
    const x = diff(d, next)!;
    expect(fields(x)).toEqual({ routeTable: '*' });
    expect(x.tree).toBe(false);
    expect(x.existence.size).toBe(0);
  });

  it('gives up (null) on what it cannot reason about: duplicate ids, unknown kinds, garbage entries', () => {
    const dup = raw(d, (rs) => [...rs, { ...rs[3]! }]);
    expect(diff(d, dup)).toBeNull();
    const bogus = raw(d, (rs) => [...rs, { ...rs[3]!, id: 'x', kind: 'bogus' } as unknown as Resource]);
    expect(diff(d, bogus)).toBeNull();
    const junk = raw(d, (rs) => [...rs, null as unknown as Resource]);
    expect(diff(d, junk)).toBeNull();
    expect(wellFormed(d, buildIndex(d))).toBe(true);
    expect(wellFormed(dup, buildIndex(dup))).toBe(false);
  });
});
