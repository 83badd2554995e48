import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { eip001 } from './eip001-shared-elastic-ip.ts';

describe('EIP-001 an Elastic IP used twice', () => {
  it('is silent when every Elastic IP is held once', () => {
    const { b } = webApp();
    expect(keys(eip001, b.build())).toEqual([]);
  });

  it('flags two NAT gateways with the same Elastic IP (the old catalogue default), each naming the other', () => {
    const { b, nat, natB } = webApp();
    b.patch(nat, { elasticIp: '203.0.113.10' });
    b.patch(natB, { elasticIp: '203.0.113.10' });
    const found = run(eip001, b.build());
    expect(found.map((f) => `${f.severity} ${f.variant}@${f.resource}`)).toEqual([
      `error duplicate@${nat}`,
      `error duplicate@${natB}`,
    ]);
    expect(found[0]).toMatchObject({ params: { ip: '203.0.113.10', others: natB, count: 1 }, related: [natB] });
    expect(found[0]!.message).toBe(
      `${nat} uses Elastic IP 203.0.113.10, which ${natB} also uses; an Elastic IP belongs to one resource at a time. Give each its own address.`,
    );
  });

  it('counts instances with an Elastic IP, and lists every other holder', () => {
    const { b, nat, natB, pubA, web } = webApp();
    b.patch(nat, { elasticIp: '52.0.0.9' });
    b.patch(natB, { elasticIp: '52.0.0.9' });
    b.patch(web, { publicIp: 'elastic', elasticIp: '52.0.0.9' });
    const idle = b.instance(pubA, { publicIp: 'none', elasticIp: '52.0.0.9' }); // written, not held
    const found = run(eip001, b.build());
    expect(found.map((f) => f.resource).sort()).toEqual([nat, natB, web].sort());
    expect(found.find((f) => f.resource === web)!.params).toMatchObject({ others: `${nat}, ${natB}`, count: 2 });
    expect(found.some((f) => f.resource === idle)).toBe(false);
  });

  it('ignores a private NAT gateway (it holds no Elastic IP; NAT-001 reports the field)', () => {
    const { b, nat, natB } = webApp();
    b.patch(natB, { elasticIp: '52.0.0.1', connectivity: 'private' });
    expect(keys(eip001, b.build()).filter((k) => k.endsWith(nat))).toEqual([]);
  });
});
