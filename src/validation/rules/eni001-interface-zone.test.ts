import { describe, expect, it } from 'vitest';
import { run } from '../testing/findings.ts';
import { webApp } from '../testing/builder.ts';
import { eni001 } from './eni001-interface-zone.ts';

describe('ENI-001 network interface zone', () => {
  it('accepts an interface in another subnet of its instance’s AZ', () => {
    const { b, privA, web } = webApp();
    b.resource('networkInterface', privA, { ownerId: web, privateIp: null, elasticIp: null, securityGroupIds: [] });
    expect(run(eni001, b.build())).toEqual([]);
  });
  it('errors on an interface in another AZ than its instance', () => {
    const { b, privB, web } = webApp();
    const eni = b.resource('networkInterface', privB, {
      ownerId: web,
      privateIp: null,
      elasticIp: null,
      securityGroupIds: [],
    });
    expect(run(eni001, b.build())).toMatchObject([
      {
        variant: 'other-zone',
        severity: 'error',
        resource: eni,
        params: { instance: web, zone: 'us-east-1b', instanceZone: 'us-east-1a' },
      },
    ]);
  });
  it('says nothing of an interface owned by something else than an instance, or detached', () => {
    const { b, privB, nat } = webApp();
    b.resource('networkInterface', privB, { ownerId: nat, privateIp: null, elasticIp: null, securityGroupIds: [] });
    b.resource('networkInterface', privB, { ownerId: null, privateIp: null, elasticIp: null, securityGroupIds: [] });
    expect(run(eni001, b.build())).toEqual([]);
  });
});
