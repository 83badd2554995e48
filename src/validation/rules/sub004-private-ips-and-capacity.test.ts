import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { sub004 } from './sub004-private-ips-and-capacity.ts';

function oneSubnet(cidr = '10.0.1.0/24') {
  const b = new DesignBuilder();
  const s = b.subnet(b.az(b.vpc(null)), cidr);
  return { b, s };
}

describe('SUB-004 static addresses and capacity', () => {
  it('accepts usable, unique static IPs', () => {
    const { b, s } = oneSubnet();
    b.instance(s, { privateIp: '10.0.1.4' });
    b.instance(s, { privateIp: '10.0.1.254' });
    expect(keys(sub004, b.build())).toEqual([]);
  });
  it('reports outside, reserved (network+3, broadcast), duplicate and invalid addresses', () => {
    const { b, s } = oneSubnet();
    const out = b.instance(s, { privateIp: '10.0.2.10' });
    const r3 = b.instance(s, { privateIp: '10.0.1.3' });
    const bc = b.rds(s, { privateIp: '10.0.1.255' });
    const a = b.instance(s, { privateIp: '10.0.1.20' });
    const dup = b.instance(s, { privateIp: '10.0.1.20' });
    const bad = b.instance(s, { privateIp: '10.0.1' });
    expect(keys(sub004, b.build())).toEqual(
      [`outside-subnet@${out}`, `reserved@${r3}`, `reserved@${bc}`, `duplicate@${dup}`, `invalid-ip@${bad}`].sort(),
    );
    expect(run(sub004, b.build()).find((f) => f.resource === dup)?.related).toEqual([a]);
  });
  it('warns when a /28 holds more than its 11 usable addresses', () => {
    const { b, s } = oneSubnet('10.0.1.0/28');
    for (let i = 0; i < 11; i++) b.instance(s);
    expect(keys(sub004, b.build())).toEqual([]);
    b.instance(s);
    const f = run(sub004, b.build());
    expect(f).toMatchObject([
      { variant: 'over-capacity', severity: 'warning', resource: s, params: { count: 12, usable: 11 } },
    ]);
  });
});
