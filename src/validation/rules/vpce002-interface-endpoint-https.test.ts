import { describe, expect, it } from 'vitest';
import { sgRule, webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { vpce002 } from './vpce002-interface-endpoint-https.ts';

function design(ingress: ReturnType<typeof sgRule>[]) {
  const { b, vpc, privA } = webApp();
  const sg = b.sg(vpc, { ingress });
  const ep = b.resource('interfaceEndpoint', privA, {
    serviceName: 'com.amazonaws.us-east-1.ssm',
    subnetIds: [privA],
    securityGroupIds: [sg],
    privateDns: true,
    privateIp: null,
  });
  return { d: b.build(), ep };
}

describe('VPCE-002 interface endpoint whose security group blocks 443 from the VPC', () => {
  it('reports a group with no 443 rule, or one from a block narrower than the VPC', () => {
    const a = design([sgRule('tcp', 80, '10.0.0.0/16')]);
    expect(keys(vpce002, a.d)).toEqual([`blocks-https@${a.ep}`]);
    const b = design([sgRule('tcp', 443, '10.0.10.0/24')]);
    expect(keys(vpce002, b.d)).toEqual([`blocks-https@${b.ep}`]);
  });
  it('accepts 443 from the VPC’s block or wider', () => {
    expect(keys(vpce002, design([sgRule('tcp', 443, '10.0.0.0/16')]).d)).toEqual([]);
    expect(keys(vpce002, design([sgRule('tcp', [0, 65535], '10.0.0.0/8')]).d)).toEqual([]);
  });
});
