import { describe, expect, it } from 'vitest';
import { sgRule } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { nlbApp } from '../testing/loadBalancers.ts';
import { lb001 } from './lb001-targets-admit-load-balancer.ts';

describe('LB-001 targets admit the load balancer', () => {
  it('accepts an ALB whose target admits its security group on the target port', () => {
    const { b, lbSg, appSg } = nlbApp({ type: 'application', lbSg: true });
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, lbSg!)] });
    expect(run(lb001, b.build())).toEqual([]);
  });
  it('accepts a target that admits the subnets of the load balancer', () => {
    const { b, appSg } = nlbApp({ type: 'application', lbSg: true });
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '10.0.0.0/23')] });
    expect(run(lb001, b.build())).toEqual([]);
  });
  it('errors when the target admits the LB only on another port', () => {
    const { b, tg, lb, app, lbSg, appSg } = nlbApp({ type: 'application', lbSg: true });
    b.patch(appSg, { ingress: [sgRule('tcp', 80, lbSg!)] });
    expect(run(lb001, b.build())).toMatchObject([
      { variant: 'target-blocks-lb', severity: 'error', resource: tg, params: { target: app, lb, port: 8080 } },
    ]);
  });
  it('a target port override is the port checked', () => {
    const { b, tg, app, lbSg, appSg } = nlbApp({ type: 'application', lbSg: true });
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, lbSg!)] });
    b.patch(tg, { targets: [{ id: 't', instanceId: app, ip: null, port: 9000 }] });
    expect(run(lb001, b.build())).toMatchObject([{ variant: 'target-blocks-lb', params: { port: 9000 } }]);
  });
  it('an internet-facing NLB that preserves client IPs needs the target to admit the clients', () => {
    const { b, tg, appSg } = nlbApp(); // appSg admits 8080 from the web SG only
    expect(run(lb001, b.build())).toMatchObject([{ variant: 'target-blocks-clients', resource: tg }]);
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    expect(run(lb001, b.build())).toEqual([]);
  });
  it('without client IP preservation the NLB node address is what the target must admit', () => {
    const { b, tg, appSg } = nlbApp();
    b.patch(tg, { preserveClientIp: false });
    expect(run(lb001, b.build())).toMatchObject([{ variant: 'target-blocks-lb' }]);
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '10.0.0.0/24')] }); // pubA, the node in the target's AZ
    expect(run(lb001, b.build())).toEqual([]);
  });
});
