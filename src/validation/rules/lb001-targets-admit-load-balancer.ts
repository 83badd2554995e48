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
    for (const { lb, tg } of listenerUses(ctx)) {
      if (!tg) continue;
      const proto = tg.protocol === 'UDP' ? 'udp' : 'tcp';
      const preserve = preservesClientIp(lb, tg);
      if (preserve && lb.scheme === 'internal') continue; // the clients are not known
      for (const t of tg.targets) {
        const place = targetPlace(ctx, t.instanceId);
        if (!place) continue;
        const port = t.port ?? tg.port;
        const key = `${lb.id}|${tg.id}|${place.inst.id}|${port}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const node = nodeInZone(ctx, lb, place.zone) ?? lbSubnets(ctx, lb)[0];
        const addr = preserve ? INTERNET_CLIENT : node ? nodeAddress(ctx, lb, node) : null;
        if (addr === null) continue;
        const peer = preserve
          ? { addr, isPrivate: false }
          : { addr, isPrivate: true, ...(lbHasGroups(lb) ? { resource: lb } : {}) };
        const sgs = effectiveSgs(ctx, place.inst);
        const d = sgDecide(ctx, sgs, 'ingress', proto, port, peer);
        if (d.allowed || d.unknown) continue;
        emit(
          preserve ? 'target-blocks-clients' : 'target-blocks-lb',
          tg.id,
          { target: place.inst.id, lb: lb.id, port, groups: sgs.map((s) => s.id).join(', ') },
          [place.inst.id, lb.id],
        );
      }
    }
  },
});
