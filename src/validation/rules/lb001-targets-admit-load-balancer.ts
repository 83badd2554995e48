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
    // already asked. Keys hold ids only; the groups' rules are read on a miss.
    const decided = new Map<string, boolean>();
    const nodeAddr = new Map<string, number | null>();
    for (const { lb, tg } of listenerUses(ctx)) {
      if (!tg) continue;
      const proto = tg.protocol === 'UDP' ? 'udp' : 'tcp';
      const preserve = preservesClientIp(lb, tg);
      if (preserve && lb.scheme === 'internal') continue; // the clients are not known
      const byLb = preserve ? 'client' : lbHasGroups(lb) ? lb.id : '';
      for (const t of tg.targets) {
        const place = targetPlace(ctx, t.instanceId);
        if (!place) continue;
        const port = t.port ?? tg.port;
        const key = `${lb.id}|${tg.id}|${place.inst.id}|${port}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let addr: number | null = INTERNET_CLIENT;
        if (!preserve) {
          const nodeKey = `${lb.id}|${place.zone ?? ''}`;
          addr = nodeAddr.get(nodeKey) ?? null;
          if (!nodeAddr.has(nodeKey)) {
            const node = nodeInZone(ctx, lb, place.zone) ?? lbSubnets(ctx, lb)[0];
            nodeAddr.set(nodeKey, (addr = node ? nodeAddress(ctx, lb, node) : null));
          }
        }
        if (addr === null) continue;
        const own = ctx.sgsOf(place.inst.id);
        const groups = own.length ? own.map((g) => g.id).join(',') : `default of ${ctx.index.vpcOf(place.inst.id)?.id}`;
        const ask = `${groups}|${proto}|${port}|${addr}|${byLb}`;
        let admits = decided.get(ask);
        if (admits === undefined) {
          const peer = preserve
            ? { addr, isPrivate: false }
            : { addr, isPrivate: true, ...(lbHasGroups(lb) ? { resource: lb } : {}) };
          const d = sgDecide(ctx, effectiveSgs(ctx, place.inst), 'ingress', proto, port, peer);
          decided.set(ask, (admits = !!(d.allowed || d.unknown)));
        }
        if (admits) continue;
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
