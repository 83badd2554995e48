import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { nat004 } from './nat004-cross-az-nat.ts';

describe('NAT-004 zonal NAT gateways', () => {
  it('accepts one NAT gateway per AZ', () => {
    expect(keys(nat004, webApp().b.build())).toEqual([]);
  });
  it('warns when AZ b uses the NAT gateway of AZ a', () => {
    const { b, privateRtB, privB, nat } = webApp();
    b.patch(privateRtB, {
      routes: [
        { id: 'r', destination: '0.0.0.0/0', target: nat },
        { id: 'l', destination: '10.0.0.0/16', target: 'local' },
      ],
    });
    expect(run(nat004, b.build())).toMatchObject([
      { resource: privB, related: [nat], params: { zone: 'us-east-1b', natZone: 'us-east-1a' } },
    ]);
  });
});
