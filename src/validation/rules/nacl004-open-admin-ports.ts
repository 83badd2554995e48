import type { NetworkAcl } from '../../model/types.ts';
import { naclDecide, naclRules, type ParsedNaclRule, type TrafficProtocol } from '../nacl.ts';
import { defineRule } from './rule.ts';

/** Does some packet (proto, port, any address in the rule's block) reach `r` as its first match? */
export function ruleTakesEffect(acl: NetworkAcl, r: ParsedNaclRule, proto: TrafficProtocol, port: number): boolean {
  const edges = new Set<number>([r.cidr.base]);
  for (const e of naclRules(acl, r.rule.direction)) {
    if (e === r) break;
    for (const x of [e.cidr.base, e.cidr.last + 1]) if (x > r.cidr.base && x <= r.cidr.last) edges.add(x);
    if (edges.size > 128) break;
  }
  for (const addr of edges) if (naclDecide(acl, r.rule.direction, proto, port, addr).rule === r) return true;
  return false;
}

const ADMIN_PORTS = [22, 3389] as const;

/** NACL-004: a custom NACL that effectively lets the whole internet in to SSH/RDP or all protocols [CKV_AWS_231/232; AVD-AWS-0105]. */
export const nacl004 = defineRule({
  id: 'NACL-004',
  title: 'A custom network ACL should not allow inbound SSH (22), RDP (3389) or all traffic from 0.0.0.0/0.',
  variants: { 'admin-port-open': 'warning', 'all-protocols': 'warning' },
  run(ctx, emit) {
    for (const acl of ctx.index.ofKind('nacl')) {
      if (acl.isDefault === true) continue;
      for (const r of naclRules(acl, 'inbound')) {
        if (!r.allow || r.cidr.prefix !== 0) continue;
        if (r.protocol === 'all') {
          if (
            ruleTakesEffect(acl, r, 'tcp', 22) ||
            ruleTakesEffect(acl, r, 'udp', 53) ||
            ruleTakesEffect(acl, r, 'icmp', 0)
          ) {
            emit('all-protocols', acl.id, {
              number: r.number,
            });
          }
          continue;
        }
        if (r.protocol !== 'tcp') continue;
        for (const port of ADMIN_PORTS) {
          if (port >= r.from && port <= r.to && ruleTakesEffect(acl, r, 'tcp', port)) {
            emit('admin-port-open', acl.id, {
              number: r.number,
              port,
            });
          }
        }
      }
    }
  },
});
