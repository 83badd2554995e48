import { describe, expect, it } from 'vitest';
import { webApp } from '../validation/testing/builder.ts';
import { nlbApp } from '../validation/testing/loadBalancers.ts';
import type { LoadBalancer, TargetGroup } from '../model/index.ts';
import { connectResources } from './connect.ts';

describe('connecting a load balancer to an instance', () => {
  it('creates a target group and a listener forwarding to it, with the instance as target', () => {
    const { b, pubA, pubB, app } = webApp();
    const lb = b.lb(pubA, { subnetIds: [pubA, pubB], listenerPorts: [80], lbType: 'network' });
    const r = connectResources(b.build(), lb, app);
    expect(r).toMatchObject({ ok: true, effect: 'add-target' });
    if (!r.ok) return;
    const l = r.design.resources.find((x): x is LoadBalancer => x.id === lb)!;
    const tg = r.design.resources.find((x): x is TargetGroup => x.kind === 'targetGroup')!;
    expect(tg.parent).toBe(l.parent && r.design.resources.find((x) => x.kind === 'vpc')!.id);
    expect(l.listeners).toMatchObject([{ protocol: 'TCP', port: 80, targetGroupId: tg.id }]);
    expect(tg.targets).toMatchObject([{ instanceId: app, port: null }]);
  });

  it("adds to the first listener's target group, either way round, once", () => {
    const { b, lb, tg, web } = nlbApp();
    const once = connectResources(b.build(), web, lb);
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    const twice = connectResources(once.design, lb, web);
    if (!twice.ok) throw new Error('refused');
    const group = twice.design.resources.find((x): x is TargetGroup => x.id === tg)!;
    expect(group.targets.map((t) => t.instanceId).filter((i) => i === web)).toHaveLength(1);
    expect(twice.design.resources.filter((x) => x.kind === 'targetGroup')).toHaveLength(1);
  });

  it('refuses an instance of another VPC', () => {
    const { b, region, lb } = nlbApp();
    const other = b.vpc(region, '10.9.0.0/16');
    const far = b.instance(b.subnet(b.az(other), '10.9.0.0/24'));
    expect(connectResources(b.build(), lb, far)).toEqual({ ok: false, reason: 'other-vpc' });
  });
});
