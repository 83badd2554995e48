/**
 * The filters on the path: a subnet's network ACL (stateless: forward for the one packet, and on
 * the way back for the whole ephemeral range) and a resource's security groups (stateful: checked
 * once, forward). Each check adds a hop naming the rule that decided it, or blocks.
 */
import { intToIp } from '../../model/cidr.ts';
import { isPorted } from '../../model/kinds/index.ts';
import type { NetworkAcl, Subnet } from '../../model/types.ts';
import { naclDecide, naclRangeSegments, type Direction } from '../nacl.ts';
import type { InVpc } from './endpoints.ts';
import { exitProse, naclProse, sgProse } from './prose.ts';
import { sgDecide, sgIds, type Peer } from './sg.ts';
import type { Hop } from './types.ts';
import type { Walk } from './walk.ts';

/** The ephemeral ports replies go to (NAT gateways and ELB use them; AWS's NACL recommendation). */
export const EPHEMERAL: readonly [number, number] = [1024, 65535];

const span = (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`);

/** Check one NACL for one packet (forward) or the ephemeral range (return). */
export function naclStep(
  w: Walk,
  subnet: Subnet,
  direction: Direction,
  peerAddr: number,
  way: Hop['direction'],
  replyPorts: readonly [number, number] = EPHEMERAL,
) {
  const acl: NetworkAcl | undefined = w.ctx.naclOf(subnet.id);
  const proto = w.q.protocol;
  const fromTo = direction === 'inbound' ? 'from' : 'to';
  const peer = intToIp(peerAddr);
  const base = { subnet: subnet.id, direction, protocol: proto, address: peer } as Record<string, string | number>;
  if (way === 'forward') {
    const d = naclDecide(acl, direction, proto, w.q.port, peerAddr);
    const params = {
      ...base,
      port: w.q.port,
      acl: acl?.id ?? '',
      rule: d.rule ? d.rule.number : '*',
      action: d.allowed ? 'allow' : 'deny',
    };
    if (!acl) return w.hop('pass', subnet.id, 'nacl', naclProse.noAcl(subnet.id, direction), params, way);
    if (d.by === 'unknown')
      w.unknown(
        acl.id,
        'nacl',
        naclProse.unknownBlock(acl.id, direction, d.unknownRule!.number, peer),
        { at: acl.id, reason: 'nacl-rule-block' },
        { ...params, rule: d.unknownRule!.number },
        way,
      );
    if (d.by === 'default-allow')
      return w.hop('pass', acl.id, 'nacl', naclProse.defaultNoRules(acl.id, direction), params, way);
    if (d.rule) {
      const text = naclProse.rule(acl.id, direction, d.rule);
      if (d.allowed) return w.hop('pass', acl.id, 'nacl', text, params, way);
      w.block(acl.id, 'nacl', text, 'SUBNET_ACL_RESTRICTION', params, way);
    }
    w.block(
      acl.id,
      'nacl',
      naclProse.noRuleAllows(acl.id, direction, w.traffic(), fromTo, peer),
      'SUBNET_ACL_RESTRICTION',
      params,
      way,
    );
  }
  // Return traffic: (src port = service port) -> (dst port = ephemeral 1024-65535). Every return
  // hop names the rule(s) that decided it and the part of the range each matched or refused.
  const [lo, hi] = replyPorts;
  const ported = isPorted(proto);
  const range = ported ? `${proto} ${lo}-${hi}` : w.traffic();
  const params = { ...base, fromPort: lo, toPort: hi, acl: acl?.id ?? '' } as Record<string, string | number>;
  if (!acl) return w.hop('pass', subnet.id, 'nacl', naclProse.noAclReplies(subnet.id), params, way);
  const segments = naclRangeSegments(acl, direction, proto, lo, hi, peerAddr);
  const refused = segments.find((g) => !g.decision.allowed);
  if (!refused) {
    if (segments[0]!.decision.by === 'default-allow') {
      return w.hop(
        'pass',
        acl.id,
        'nacl',
        naclProse.defaultAllowsReplies(acl.id, direction, range, fromTo, peer),
        { ...params, action: 'allow', rule: '*', matched: span(lo, hi), count: 1 },
        way,
      );
    }
    const rules = segments.map((g) => g.decision.rule!);
    const numbers = [...new Set(rules.map((r) => r.number))];
    const matched = segments.map((g) => span(g.from, g.to)).join(', ');
    const quoted = segments.map((g) => ({ from: g.from, to: g.to, rule: g.decision.rule! }));
    return w.hop(
      'pass',
      acl.id,
      'nacl',
      naclProse.allowsReplies(acl.id, direction, range, fromTo, peer, quoted),
      { ...params, action: 'allow', rule: numbers.join(', '), matched, count: numbers.length },
      way,
    );
  }
  const dec = refused.decision;
  const failed = span(refused.from, refused.to);
  if (dec.by === 'unknown')
    w.unknown(
      acl.id,
      'nacl',
      naclProse.unknownBlock(acl.id, direction, dec.unknownRule!.number, peer),
      { at: acl.id, reason: 'nacl-rule-block' },
      { ...params, rule: dec.unknownRule!.number, port: refused.from, failed },
      way,
    );
  w.block(
    acl.id,
    'nacl',
    naclProse.blocksReplies(acl.id, direction, range, fromTo, peer, dec.rule, ported, failed),
    'SUBNET_ACL_RESTRICTION',
    {
      ...params,
      action: 'deny',
      rule: dec.rule ? dec.rule.number : '*',
      port: refused.from,
      failed,
    },
    way,
  );
}

/** Check the security groups of `ep` for the packet to or from `peer`. */
export function sgStep(w: Walk, ep: InVpc, direction: 'ingress' | 'egress', peer: Peer) {
  const label = intToIp(peer.addr);
  if (!ep.sgs) {
    return w.hop('info', ep.label, 'address', sgProse.noGroupForAddress(ep.label), { address: ep.label }, 'forward');
  }
  const ids = sgIds(ep.sgs);
  const d = sgDecide(w.ctx, ep.sgs, direction, w.q.protocol, w.q.port, peer);
  const toFrom = direction === 'ingress' ? 'from' : 'to';
  const params = {
    resource: ep.label,
    securityGroups: ids,
    count: ep.sgs.length,
    direction,
    protocol: w.q.protocol,
    port: w.q.port,
    address: label,
  };
  if (d.allowed && d.sg && d.rule) {
    return w.hop('pass', d.sg.id, 'securityGroup', sgProse.allowedBy(d.sg.id, !!d.sg.synthetic, direction, d.rule), {
      ...params,
      sg: d.sg.id,
      rule: d.rule.id,
    });
  }
  // What drops it: the one group when there is one in the design; with several (their rules are
  // aggregated) or AWS's default group not in the design, the resource's network interface.
  const single = ep.sgs.length === 1 && !ep.sgs[0]!.synthetic ? ep.sgs[0]!.id : null;
  const at = single ?? ep.label;
  const atKind = single ? 'securityGroup' : (ep.resource?.kind ?? 'address');
  if (d.unknown) {
    // The hop names the group; the answer names the prefix list the analysis could not see into.
    w.unknown(
      d.unknown.sg.id,
      'securityGroup',
      exitProse.sgListUnknown(d.unknown.sg.id, direction, d.unknown.prefixList, label),
      { at: d.unknown.prefixList, reason: 'prefix-list-entries' },
      { ...params, sg: d.unknown.sg.id, rule: d.unknown.rule.id, prefixList: d.unknown.prefixList },
    );
  }
  if (d.noRules)
    w.block(at, atKind, sgProse.noRules(ids, ep.sgs.length > 1, ep.label, direction), 'SG_HAS_NO_RULES', params);
  const hint = !peer.isPrivate && direction === 'ingress' && !!peer.resource;
  w.block(
    at,
    atKind,
    sgProse.noRuleAllows(ids, direction, w.traffic(), toFrom, label, hint),
    'ENI_SG_RULES_MISMATCH',
    params,
  );
}
