import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types.ts';
import { naclRule, sgRule } from '../testing/builder.ts';
import { nlbApp, targetGroup } from '../testing/loadBalancers.ts';
import { analyzeReachability } from './analyze.ts';
import type { ReachabilityAnswer } from './types.ts';

const reach = (d: Design, from: string, to: string, port = 80): ReachabilityAnswer =>
  analyzeReachability(d, { from, to, protocol: 'tcp', port });
const why = (a: ReachabilityAnswer) => JSON.stringify(a.hops.map((h) => h.detail));

describe('reachability through a load balancer that forwards', () => {
  it('internet → NLB:80 → instance:8080 is one answer, with the listener, the target group and the target port', () => {
    const { b, lb, tg, app, appSg } = nlbApp();
    // NLB without groups, instance target: client IP preservation, so the target admits the client.
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    const a = reach(b.build(), 'internet', lb);
    expect(a.outcome, why(a)).toBe('delivered');
    const fwd = a.hops.find((h) => h.kind === 'targetGroup')!;
    expect(fwd).toMatchObject({
      resource: tg,
      verdict: 'pass',
      params: { listener: 'TCP 80', target: app, port: 8080 },
    });
    // The target sees the client's address (preserved), and the last forward hop is the instance.
    expect(fwd.params.source).toBe('203.0.113.1');
    const arrived = a.hops.filter((h) => h.direction === 'forward').at(-1)!;
    expect(arrived).toMatchObject({ resource: app, kind: 'instance' });
    expect(a.forward?.arrivedFrom).toBe('203.0.113.1');
    // The second leg's SG check is on the target port.
    expect(a.hops.some((h) => h.kind === 'securityGroup' && h.params.port === 8080)).toBe(true);
  });

  it('blocks at the target security group when it does not admit the client (NLB, client IP preserved)', () => {
    const { b, lb, appSg } = nlbApp(); // appSg admits 8080 from the web SG only
    const a = reach(b.build(), 'internet', lb);
    expect(a.outcome).toBe('blocked');
    expect(a.blockedAt).toBe(appSg);
    expect(a.code).toBe('ENI_SG_RULES_MISMATCH');
  });

  it('an ALB is the source the target sees: a rule admitting its group passes, the LB egress is checked', () => {
    const { b, lb, lbSg, appSg } = nlbApp({ type: 'application', lbSg: true });
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, lbSg!)] });
    const a = reach(b.build(), 'internet', lb);
    expect(a.outcome, why(a)).toBe('delivered');
    expect(a.forward?.arrivedFrom).toMatch(/^10\.0\.0\./); // the node in pubA (AZ a, where the target is)
    b.patch(lbSg!, { egress: [sgRule('tcp', 443, '10.0.0.0/16')] });
    const c = reach(b.build(), 'internet', lb);
    expect(c.blockedAt).toBe(lbSg);
  });

  it('a port with no listener is blocked at the load balancer', () => {
    const { b, lb } = nlbApp();
    const a = reach(b.build(), 'internet', lb, 443);
    expect(a).toMatchObject({ outcome: 'blocked', blockedAt: lb, code: 'ELBV2_LISTENER_PORT_RESTRICTION' });
  });

  it('a listener without a target group, or with an empty one: ELBV2_LISTENER_HAS_NO_TG', () => {
    const { b, lb, vpc } = nlbApp();
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 80, targetGroupId: null }] });
    expect(reach(b.build(), 'internet', lb)).toMatchObject({ blockedAt: lb, code: 'ELBV2_LISTENER_HAS_NO_TG' });
    const empty = targetGroup(b, vpc, []);
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 80, targetGroupId: empty }] });
    expect(reach(b.build(), 'internet', lb)).toMatchObject({ blockedAt: lb, code: 'ELBV2_LISTENER_HAS_NO_TG' });
  });

  it('a target in an AZ the load balancer has no subnet in gets no traffic: ELB_INSTALLED_AZ_RESTRICTION', () => {
    const { b, lb, pubA, appSg } = nlbApp();
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    b.patch(lb, { subnetIds: [pubA] });
    expect(reach(b.build(), 'internet', lb).outcome).toBe('delivered'); // app is in AZ a
    const { b: b2, lb: lb2, pubB, appSg: sg2 } = nlbApp();
    b2.patch(sg2, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    b2.patch(lb2, { subnetIds: [pubB], parent: pubB });
    expect(reach(b2.build(), 'internet', lb2)).toMatchObject({ blockedAt: lb2, code: 'ELB_INSTALLED_AZ_RESTRICTION' });
  });

  it('the second leg goes through the NACLs of the node subnet and the target subnet, and back', () => {
    const { b, lb, vpc, privA, appSg } = nlbApp();
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    const acl = b.nacl(vpc, {
      subnets: [privA],
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 8080), naclRule(100, 'outbound', 'allow', 'tcp', 443)],
    });
    const a = reach(b.build(), 'internet', lb);
    // The request gets in; the replies to the client's ephemeral port cannot leave.
    expect(a).toMatchObject({ outcome: 'blocked', blockedAt: acl, code: 'SUBNET_ACL_RESTRICTION' });
    expect(a.hops.at(-1)!.direction).toBe('return');
  });

  it('tries every target: the answer is the first that gets through', () => {
    const { b, lb, tg, vpc, privB, app } = nlbApp();
    const open = b.sg(vpc, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    const other = b.instance(privB, { securityGroupIds: [open] });
    b.patch(tg, {
      targets: [
        { id: 't1', instanceId: app, ip: null, port: null },
        { id: 't2', instanceId: other, ip: null, port: null },
      ],
    });
    const a = reach(b.build(), 'internet', lb);
    expect(a.outcome).toBe('delivered');
    expect(a.hops.find((h) => h.kind === 'targetGroup')!.params.target).toBe(other);
  });

  it('IP targets over TCP do not preserve the client address: the target admits the VPC block', () => {
    const { b, lb, tg, appSg, app } = nlbApp();
    const ip = analyzeReachability(b.build(), { from: app, to: 'internet', protocol: 'tcp', port: 443 }).forward!
      .sourceAddress;
    b.patch(tg, { targetType: 'ip', targets: [{ id: 't', instanceId: null, ip, port: 9000 }] });
    b.patch(appSg, { ingress: [sgRule('tcp', 9000, '10.0.0.0/16')] });
    // An address, not the instance: no security group is evaluated at a bare host address.
    const a = reach(b.build(), 'internet', lb);
    expect(a.outcome, why(a)).toBe('delivered');
    expect(a.forward?.arrivedFrom).toMatch(/^10\.0\.0\./);
  });

  it('a load balancer with only listenerPorts still takes the traffic itself (version-1 designs)', () => {
    const { b, lb, webSg } = nlbApp();
    b.patch(lb, { listeners: undefined, lbType: undefined, securityGroupIds: [webSg] });
    b.patch(webSg, { ingress: [sgRule('tcp', 80, '0.0.0.0/0')] });
    const a = reach(b.build(), 'internet', lb);
    expect(a.outcome).toBe('delivered');
    expect(a.hops.some((h) => h.kind === 'targetGroup')).toBe(false);
  });
});

describe('a listener the load balancer answers itself (fixed-response, redirect)', () => {
  /** An ALB whose HTTP 80 redirects, beside the forwarding listener of the fixture moved to 443. */
  const answering = (action: 'fixed-response' | 'redirect') => {
    const f = nlbApp({ type: 'application', lbSg: true });
    f.b.patch(f.lb, {
      listenerPorts: [80, 443],
      listeners: [
        { id: 'lsn-80', protocol: 'HTTP', port: 80, targetGroupId: null, action },
        { id: 'lsn-443', protocol: 'HTTPS', port: 443, targetGroupId: f.tg },
      ],
    });
    return f;
  };

  it.each(['fixed-response', 'redirect'] as const)(
    '%s: delivered at the load balancer, nothing forwarded',
    (action) => {
      const { b, lb } = answering(action);
      const a = reach(b.build(), 'internet', lb, 80);
      expect(a.outcome, why(a)).toBe('delivered');
      const answer = a.hops.find((h) => h.kind === 'loadBalancer' && h.params.action);
      expect(answer).toMatchObject({ resource: lb, verdict: 'pass', params: { listener: 'HTTP 80', action } });
      // No second leg: no target group hop, and the last forward hop is the load balancer.
      expect(a.hops.some((h) => h.kind === 'targetGroup')).toBe(false);
      expect(a.hops.filter((h) => h.direction === 'forward').at(-1)!.resource).toBe(lb);
      // The answer goes back to the client through the load balancer's subnet.
      expect(a.hops.some((h) => h.direction === 'return')).toBe(true);
    },
  );

  it('the load balancer security group still decides: closed to 80, the redirect is never reached', () => {
    const { b, lb, lbSg } = answering('redirect');
    b.patch(lbSg!, { ingress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    const a = reach(b.build(), 'internet', lb, 80);
    expect(a).toMatchObject({ outcome: 'blocked', blockedAt: lbSg });
  });

  it('without the action the same listener forwards to no target group and is blocked', () => {
    const { b, lb } = answering('redirect');
    b.patch(lb, { listeners: [{ id: 'lsn-80', protocol: 'HTTP', port: 80, targetGroupId: null }] });
    expect(reach(b.build(), 'internet', lb, 80)).toMatchObject({ blockedAt: lb, code: 'ELBV2_LISTENER_HAS_NO_TG' });
  });

  it("a network load balancer's listener cannot answer: its action is ignored and it forwards", () => {
    const { b, lb, tg, appSg } = nlbApp();
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 80, targetGroupId: tg, action: 'fixed-response' }] });
    const a = reach(b.build(), 'internet', lb);
    expect(a.outcome, why(a)).toBe('delivered');
    expect(a.hops.some((h) => h.kind === 'targetGroup')).toBe(true);
  });
});
