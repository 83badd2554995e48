import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { igw002 } from './igw002-public-ip-needs-igw-route.ts';

describe('IGW-002 public IPs need a public subnet', () => {
  it('accepts a public IP in a public subnet', () => {
    expect(keys(igw002, webApp().b.build())).toEqual([]);
  });
  it('warns about an Elastic IP in a private subnet and auto-assign in a private subnet', () => {
    const { b, app, privA } = webApp();
    b.patch(app, { publicIp: 'elastic', elasticIp: '54.1.2.3' }).patch(privA, { mapPublicIpOnLaunch: true });
    expect(keys(igw002, b.build())).toEqual([`auto-assign-private-subnet@${privA}`, `instance-public-ip@${app}`]);
  });
  it('warns when the public route goes to an IGW that is not attached', () => {
    const { b, igw, web } = webApp();
    b.patch(igw, { parent: null });
    expect(keys(igw002, b.build())).toEqual([`instance-public-ip@${web}`]);
  });
});
