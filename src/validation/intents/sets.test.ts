import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.ts';
import { webApp } from '../testing/builder.ts';
import { globToRegExp, resolveSet } from './sets.ts';

function fixture() {
  const w = webApp();
  w.b.patch(w.web, { name: 'web-a' });
  w.b.patch(w.app, { name: 'app-a' });
  w.b.patch(w.db, { name: 'orders-db' });
  const lb = w.b.lb(w.pubA, { name: 'web-lb', subnetIds: [w.pubA, w.pubB], scheme: 'internet-facing' });
  return { ...w, lb, ctx: buildContext(w.b.build()) };
}

describe('resolveSet', () => {
  it('a resource: itself; a missing one: nothing, and named as missing', () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'resource', id: f.app })).toEqual({
      resources: [f.app],
      internet: null,
      missing: [],
    });
    expect(resolveSet(f.ctx, { type: 'resource', id: 'i-gone' })).toEqual({
      resources: [],
      internet: null,
      missing: ['i-gone'],
    });
  });

  it('a kind: every resource of it (all databases); an unknown kind is missing', () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'kind', kind: 'rds' }).resources).toEqual([f.db]);
    expect(resolveSet(f.ctx, { type: 'kind', kind: 'instance' }).resources).toEqual([f.web, f.app]);
    expect(resolveSet(f.ctx, { type: 'kind', kind: 'mainframe' }).missing).toEqual(['mainframe']);
  });

  it('a role: every resource whose kind has it (workloads, not NAT gateways)', () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'role', role: 'workload' }).resources).toEqual([f.web, f.app, f.db, f.lb]);
    expect(resolveSet(f.ctx, { type: 'role', role: 'addressable' }).resources).toContain(f.nat);
    expect(resolveSet(f.ctx, { type: 'role', role: 'wizard' }).missing).toEqual(['wizard']);
  });

  it('a name pattern: a case-insensitive glob on names and ids', () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'name', pattern: 'web-*' }).resources).toEqual([f.web, f.lb]);
    expect(resolveSet(f.ctx, { type: 'name', pattern: 'WEB-?' }).resources).toEqual([f.web]);
    expect(resolveSet(f.ctx, { type: 'name', pattern: '*db*' }).resources).toEqual([f.db]);
    expect(resolveSet(f.ctx, { type: 'name', pattern: f.app }).resources).toEqual([f.app]);
  });

  it('globs treat regular-expression characters literally', () => {
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(globToRegExp('a.b').test('a.b')).toBe(true);
    expect(globToRegExp('(x)+').test('(x)+')).toBe(true);
    expect(globToRegExp('a/*').test('a/b/c')).toBe(true);
  });

  it('a subnet: what sits in it, and a load balancer or database spanning it', () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'subnet', id: f.pubA }).resources).toEqual([f.nat, f.web, f.lb]);
    expect(resolveSet(f.ctx, { type: 'subnet', id: f.pubB }).resources).toEqual([f.natB, f.lb]);
    expect(resolveSet(f.ctx, { type: 'subnet', id: f.privB }).resources).toEqual([f.db]);
    expect(resolveSet(f.ctx, { type: 'subnet', id: f.vpc }).missing).toEqual([f.vpc]);
    // A subnet named as a resource means the same.
    expect(resolveSet(f.ctx, { type: 'resource', id: f.privA }).resources).toEqual([f.app, f.db]);
  });

  it('public and private subnets, by the validator’s definition (a route to an attached IGW)', () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'subnets', which: 'public' }).resources).toEqual([f.nat, f.natB, f.web, f.lb]);
    expect(resolveSet(f.ctx, { type: 'subnets', which: 'private' }).resources).toEqual([f.app, f.db]);
    // Detach the IGW (move it out of the VPC): no subnet is public any more.
    f.b.patch(f.igw, { parent: null });
    const ctx = buildContext(f.b.build());
    expect(resolveSet(ctx, { type: 'subnets', which: 'public' }).resources).toEqual([]);
  });

  it("a security group's members", () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'securityGroup', id: f.appSg }).resources).toEqual([f.app]);
    f.b.patch(f.lb, { securityGroupIds: [f.webSg] });
    expect(resolveSet(buildContext(f.b.build()), { type: 'securityGroup', id: f.webSg }).resources).toEqual([
      f.web,
      f.lb,
    ]);
    expect(resolveSet(f.ctx, { type: 'securityGroup', id: f.app }).missing).toEqual([f.app]);
  });

  it('the internet', () => {
    const f = fixture();
    expect(resolveSet(f.ctx, { type: 'internet' })).toEqual({ resources: [], internet: { all: true }, missing: [] });
  });

  it('a CIDR: the resources addressed in it, and the internet part of it', () => {
    const f = fixture();
    const priv = resolveSet(f.ctx, { type: 'cidr', cidr: '10.0.10.0/24' });
    expect(priv.resources).toEqual([f.app, f.db]);
    expect(priv.internet).toBeNull();
    const office = resolveSet(f.ctx, { type: 'cidr', cidr: '203.0.113.0/24' });
    expect(office.resources).toEqual([]);
    expect(office.internet).toMatchObject({ all: false, cidr: { prefix: 24 } });
    const all = resolveSet(f.ctx, { type: 'cidr', cidr: '0.0.0.0/0' });
    expect(all.internet).toEqual({ all: true });
    expect(all.resources).toHaveLength(6);
    expect(resolveSet(f.ctx, { type: 'cidr', cidr: '10.0.0.0/33' }).missing).toEqual(['10.0.0.0/33']);
  });
});
