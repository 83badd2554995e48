import { describe, expect, it } from 'vitest';
import { naclRule, sgRule, webApp } from '../testing/builder.ts';
import { analyzeReachability } from './analyze.ts';

/** The web instance gets a second interface in private subnet B, with a group of its own. */
function twoEnis() {
  const w = webApp();
  const { b, vpc, privB, web } = w;
  const eniSg = b.sg(vpc, { ingress: [sgRule('tcp', 22, '10.0.0.0/16')] });
  const eni = b.resource('networkInterface', privB, {
    ownerId: web,
    privateIp: '10.0.11.50',
    elasticIp: null,
    securityGroupIds: [eniSg],
  });
  return { ...w, eni, eniSg };
}

describe('reachability to an extra network interface', () => {
  it("uses the interface's subnet, NACL and groups, by its address or its id", () => {
    const { b, app, web, webSg, eni, eniSg } = twoEnis();
    const d = b.build();
    for (const to of ['10.0.11.50', eni]) {
      const a = analyzeReachability(d, { from: app, to, protocol: 'tcp', port: 22 });
      expect(a.outcome, to).toBe('delivered');
      expect(a.hops.some((h) => h.kind === 'securityGroup' && h.resource === eniSg)).toBe(true);
    }
    // The instance's primary address (public subnet A, web SG: 443 only) does not take port 22.
    const primary = analyzeReachability(d, { from: app, to: web, protocol: 'tcp', port: 22 });
    expect(primary).toMatchObject({ outcome: 'blocked', blockedAt: webSg });
  });

  it("a NACL on the interface's subnet decides, not the instance's", () => {
    const { b, vpc, privB, app, eni } = twoEnis();
    const acl = b.nacl(vpc, { subnets: [privB], rules: [naclRule(100, 'inbound', 'deny', 'all', 0)] });
    const a = analyzeReachability(b.build(), { from: app, to: '10.0.11.50', protocol: 'tcp', port: 22 });
    expect(a).toMatchObject({ outcome: 'blocked', blockedAt: acl, code: 'SUBNET_ACL_RESTRICTION' });
    expect(analyzeReachability(b.build(), { from: app, to: eni, protocol: 'tcp', port: 22 }).blockedAt).toBe(acl);
  });

  it("the interface's group decides: the instance's groups do not apply to it", () => {
    const { b, app, eniSg } = twoEnis();
    const a = analyzeReachability(b.build(), { from: app, to: '10.0.11.50', protocol: 'tcp', port: 443 });
    expect(a).toMatchObject({ outcome: 'blocked', blockedAt: eniSg, code: 'ENI_SG_RULES_MISMATCH' });
  });
});
