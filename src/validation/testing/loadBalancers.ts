/**
 * Fixtures for load balancers that forward: `webApp` plus a network load balancer in both public
 * subnets with a listener TCP 80 → a target group (TCP 8080) holding the private app instance.
 */
import type { TargetGroup } from '../../model/types.ts';
import { sgRule, webApp, type DesignBuilder } from './builder.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function targetGroup(
  b: DesignBuilder,
  vpc: string,
  targets: readonly (string | { instanceId?: string; ip?: string; port?: number })[],
  over: Partial<Mutable<TargetGroup>> = {},
): string {
  return b.resource('targetGroup', vpc, {
    name: 'tg',
    protocol: 'TCP',
    port: 8080,
    targetType: 'instance',
    targets: targets.map((t, i) => {
      const o = typeof t === 'string' ? { instanceId: t } : t;
      return { id: `tgt-${i}`, instanceId: o.instanceId ?? null, ip: o.ip ?? null, port: o.port ?? null };
    }),
    // Absent: AWS's default for the target type and protocol (loadBalancer.ts preservesClientIp).
    preserveClientIp: undefined,
    ...over,
  });
}

/** The NLB fixture; `lbType: 'application'` and groups make it an ALB. */
export function nlbApp(opts: { type?: 'network' | 'application'; lbSg?: boolean } = {}) {
  const w = webApp();
  const { b, vpc, pubA, pubB, app } = w;
  const tg = targetGroup(b, vpc, [app]);
  const lbSg = opts.lbSg
    ? b.sg(vpc, { ingress: [sgRule('tcp', 80, '0.0.0.0/0')], egress: [sgRule('tcp', 8080, '10.0.0.0/16')] })
    : null;
  const lb = b.lb(pubA, {
    scheme: 'internet-facing',
    subnetIds: [pubA, pubB],
    listenerPorts: [80],
    lbType: opts.type ?? 'network',
    listeners: [{ id: 'lsn-1', protocol: 'TCP', port: 80, targetGroupId: tg }],
    securityGroupIds: lbSg ? [lbSg] : [],
  });
  return { ...w, tg, lb, lbSg };
}
