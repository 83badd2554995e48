import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { nat001 } from './nat001-elastic-ip.ts';

describe('NAT-001 Elastic IPs of NAT gateways', () => {
  it('accepts a public NAT with an EIP and a private NAT without', () => {
    const { b, privA } = webApp();
    b.nat(privA, { connectivity: 'private', elasticIp: null });
    expect(keys(nat001, b.build())).toEqual([]);
  });
  it('reports a public NAT without an EIP and a private NAT with one', () => {
    const { b, nat, privA } = webApp();
    b.patch(nat, { elasticIp: null });
    const priv = b.nat(privA, { connectivity: 'private', elasticIp: '52.1.1.1' });
    expect(keys(nat001, b.build())).toEqual([`private-with-eip@${priv}`, `public-without-eip@${nat}`]);
  });
});
