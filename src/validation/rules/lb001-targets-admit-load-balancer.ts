import { ipToInt } from '../../model/cidr.ts';
import { nodeAddress, nodeInZone, lbHasGroups, lbSubnets, preservesClientIp } from '../reachability/loadBalancer.ts';
import { effectiveSgs, sgDecide } from '../reachability/sg.ts';
import { defineRule } from './rule.ts';
import { listenerUses, targetPlace } from './lb.ts';

const INTERNET_CLIENT = ipToInt('203.0.113.1')!;

/**
 * LB-001: a target's security groups must admit the load balancer on the target port: its node's
 * address or its security group, or, for a network load balancer that preserves client IPs, the
 * clients themselves (an internet-facing one: an internet address). [ELB: target-group-register-targets,
 * "Target security groups"; network/edit-target-group-attributes, "Client IP preservation"]
 */
export const lb001 = defineRule({
  id: 'LB-001',
  title: "A target group's targets must admit the load balancer.",
  variants: { 'target-blocks-lb': 'error', 'target-blocks-clients': 'error' },
  run(ctx, emit) {
    const seen = new Set<string>();
    // One decision per distinct question: a group's targets mostly share their groups, port and
    // the load balancer node that sends to them (one per zone), so most targets ask what another
    // already asked. The questions are keyed by the traffic (protocol, port, source, whether the
    // load balancer's groups count), then by the target's groups (ids only: the groups' rules are
    // read on a miss); the traffic's key is remade only when it changes from the previous target's.
    const decided = new Map<string, Map<string, boolean>>();
    for (const { lb, tg } of listenerUses(ctx)) {
      if (!tg) continue;
      const proto = tg.protocol === 'UDP' ? 'udp' : 'tcp';
      const preserve = preservesClientIp(lb, tg);
      if (preserve && lb.scheme === 'internal') continue; // the clients are not known
      const byLb = preserve ? 'client' : lbHasGroups(lb) ? lb.id : '';
      /** The node address by the target's zone, for this load balancer. */
      const nodeAddr = new Map<string | null, number | null>();
      let lastPort: unknown;
      let lastAddr: number | null = null;
      let byGroups: Map<string, boolean> | undefined;
      for (const t of tg.targets) {
        const place = targetPlace(ctx, t.instanceId);
        if (!place) continue;
        const port = t.port ?? tg.port;
        let addr: number | null = INTERNET_CLIENT;
        if (!preserve) {
          addr = nodeAddr.get(place.zone) ?? null;
          if (!nodeAddr.has(place.zone)) {
            const node = nodeInZone(ctx, lb, place.zone) ?? lbSubnets(ctx, lb)[0];
            nodeAddr.set(place.zone, (addr = node ? nodeAddress(ctx, lb, node) : null));
          }
        }
        if (addr === null) continue;
        if (!byGroups || port !== lastPort || addr !== lastAddr) {
          const traffic = `${proto}|${port}|${addr}|${byLb}`;
          byGroups = decided.get(traffic);
          if (!byGroups) decided.set(traffic, (byGroups = new Map()));
          lastPort = port;
          lastAddr = addr;
        }
        const own = ctx.sgsOf(place.inst.id);
        const groups =
          own.length === 1
            ? own[0]!.id
            : own.length
              ? own.map((g) => g.id).join(',')
              : `default of ${ctx.index.vpcOf(place.inst.id)?.id}`;
        let admits = byGroups.get(groups);
        if (admits === undefined) {
          const peer = preserve
            ? { addr, isPrivate: false }
            : { addr, isPrivate: true, ...(lbHasGroups(lb) ? { resource: lb } : {}) };
          const d = sgDecide(ctx, effectiveSgs(ctx, place.inst), 'ingress', proto, port, peer);
          byGroups.set(groups, (admits = !!(d.allowed || d.unknown)));
        }
        if (admits) continue;
        // Once per target and port of a listener's group (two listeners may share the group).
        const key = `${lb.id}|${tg.id}|${place.inst.id}|${port}`;
        if (seen.has(key)) continue;
        seen.add(key);
        emit(
          preserve ? 'target-blocks-clients' : 'target-blocks-lb',
          tg.id,
          {
            target: place.inst.id,
            lb: lb.id,
            port,
            groups: effectiveSgs(ctx, place.inst)
              .map((s) => s.id)
              .join(', '),
          },
          [place.inst.id, lb.id],
        );
      }
    }
  },
});
