import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/graph.ts';
import { intToIp } from '../model/cidr.ts';
import { assignAddresses, buildContext } from './context.ts';
import { DesignBuilder, webApp } from './testing/builder.ts';

describe('assignAddresses', () => {
  it('gives base+4, +5, … in document order, keeps static IPs and skips them', () => {
    const b = new DesignBuilder();
    const s = b.subnet(b.az(b.vpc(null)), '10.0.1.0/24');
    const a = b.instance(s);
    const fixed = b.instance(s, { privateIp: '10.0.1.5' });
    const c = b.rds(s);
    const n = b.nat(s);
    const m = assignAddresses(indexDesign(b.build()));
    expect([a, fixed, c, n].map((id) => intToIp(m.get(id)!))).toEqual(['10.0.1.4', '10.0.1.5', '10.0.1.6', '10.0.1.7']);
  });

  it('stops at the end of the subnet (a /28 has 11 usable addresses) and skips unparseable subnets', () => {
    const b = new DesignBuilder();
    const az = b.az(b.vpc(null));
    const s = b.subnet(az, '10.0.1.0/28');
    const ids = Array.from({ length: 12 }, () => b.instance(s));
    const bad = b.instance(b.subnet(az, 'nope'));
    const m = assignAddresses(indexDesign(b.build()));
    expect(intToIp(m.get(ids[10]!)!)).toBe('10.0.1.14');
    expect(m.has(ids[11]!)).toBe(false);
    expect(m.has(bad)).toBe(false);
  });
});

describe('buildContext', () => {
  it('resolves effective route tables and NACLs: explicit first, else main / default', () => {
    const { b, vpc, pubA, privA, privB, publicRt, privateRt, privateRtB } = webApp();
    b.patch(privateRtB, { subnetIds: [] });
    const def = b.nacl(vpc, { isDefault: true });
    const custom = b.nacl(vpc, { subnets: [pubA] });
    const ctx = buildContext(b.build());
    expect(ctx.routeTableOf(pubA)?.id).toBe(publicRt);
    expect(ctx.routeTableOf(privA)?.id).toBe(privateRt);
    expect(ctx.routeTableOf(privB)?.id).toBe(privateRt); // implicit: the main table
    expect(ctx.naclOf(pubA)?.id).toBe(custom);
    expect(ctx.naclOf(privA)?.id).toBe(def);
    expect(ctx.isPublicSubnet(pubA)).toBe(true);
    expect(ctx.isPublicSubnet(privA)).toBe(false);
  });

  it('is cached per design snapshot', () => {
    const d = webApp().b.build();
    expect(buildContext(d)).toBe(buildContext(d));
    expect(buildContext({ ...d })).not.toBe(buildContext(d));
  });
});
