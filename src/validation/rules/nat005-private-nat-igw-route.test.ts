import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { nat005 } from './nat005-private-nat-igw-route.ts';

describe('NAT-005 private NAT gateway and the IGW', () => {
  it('accepts a private NAT gateway in a private subnet', () => {
    const { b, privA } = webApp();
    b.nat(privA, { connectivity: 'private', elasticIp: null });
    expect(keys(nat005, b.build())).toEqual([]);
  });
  it('warns about a private NAT gateway whose subnet routes 0.0.0.0/0 to the IGW', () => {
    const { b, pubA } = webApp();
    const n = b.nat(pubA, { connectivity: 'private', elasticIp: null });
    expect(keys(nat005, b.build())).toEqual([`private-nat-igw-route@${n}`]);
  });
});
