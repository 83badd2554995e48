/**
 * The return path: the replies retrace every leg of the request, from the destination back to the
 * source. Each leg's NACLs must let the replies (the ephemeral range) out and in, and each subnet's
 * route back must be the way the request came (local, the same peering connection, the IGW).
 */
import { intToIp } from '../../model/cidr.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import { returnProse, routeText } from './prose.ts';
import { lookupUnknown } from './exits.ts';
import { destinationText, routeLookup } from './routeLookup.ts';
import type { Leg, TgwLeg, Walk } from './walk.ts';
import { tgwBackStep } from './tgw.ts';

/** The replies, leg by leg from the destination back to the source. */
export function returnPathStep(w: Walk): void {
  for (let i = w.legs.length - 1; i >= 0; i--) {
    const leg = w.legs[i]!;
    if (leg.from !== INTERNET && leg.to !== INTERNET && leg.from.id === leg.to.id) continue;
    if (leg.to !== INTERNET) {
      w.nacl(leg.to, 'outbound', leg.src, 'return', leg.ports);
      w.routeBack(leg);
    }
    if (leg.via === 'tgw' && leg.tgw) {
      tgwBackNacls(w, leg, leg.tgw);
      continue;
    }
    if (leg.from !== INTERNET) w.nacl(leg.from, 'inbound', leg.dst, 'return', leg.ports);
  }
  w.hop('pass', w.q.from, 'return', returnProse.repliesReach(w.q.from), {}, 'return');
}

/**
 * The replies' NACLs through a transit gateway [TGW:tgw-nacls]: into it, the inbound rules of the
 * attachment subnet they enter by; out of it, the outbound rules of the source's attachment subnet
 * and the source subnet's inbound rules, or none when the two are one subnet.
 */
function tgwBackNacls(w: Walk, leg: Leg, t: TgwLeg): void {
  if (t.exit) w.nacl(t.exit, 'inbound', leg.dst, 'return', leg.ports);
  if (leg.from === INTERNET || t.entry?.id === leg.from.id) return;
  if (t.entry) w.nacl(t.entry, 'outbound', leg.src, 'return', leg.ports);
  w.nacl(leg.from, 'inbound', leg.dst, 'return', leg.ports);
}

/** The reply's route from `leg.to` back to `leg.src` must retrace the leg. */
export function routeBackStep(w: Walk, leg: Leg): void {
  if (leg.to === INTERNET || !leg.toVpc) return;
  const backTo = leg.replyTo ?? leg.src;
  const back = intToIp(backTo);
  const { table, matches, unknown } = routeLookup(w.ctx, leg.to, leg.toVpc, backTo);
  if (unknown) lookupUnknown(w, table, leg.to, back, unknown, 'return');
  const best = matches[0];
  const params: Record<string, string | number> = { table, subnet: leg.to.id, address: back };
  if (!best)
    w.block(
      table,
      'routeTable',
      returnProse.noRouteBack(table, leg.to.id, back),
      'NO_ROUTE_TO_DESTINATION',
      params,
      'return',
    );
  params.destination = destinationText(best);
  params.target = best.target;
  const t = best.resolved;
  const ok =
    leg.via === 'local' || leg.via === 'nat'
      ? t.kind === 'local'
      : leg.via === 'pcx'
        ? t.kind === 'pcx' && t.pcx.id === leg.pcx?.id
        : leg.via === 'igw-in'
          ? t.kind === 'igw'
          : leg.via === 'tgw'
            ? t.kind === 'tgw' && t.tgw.id === leg.tgw?.tgw.id
            : true;
  if (!ok) {
    const expected =
      leg.via === 'pcx'
        ? (leg.pcx?.id ?? 'the peering connection')
        : leg.via === 'igw-in'
          ? 'the internet gateway'
          : leg.via === 'tgw'
            ? (leg.tgw?.tgw.id ?? 'the transit gateway')
            : 'local';
    w.block(
      table,
      'routeTable',
      returnProse.wrongRouteBack(table, back, routeText(best), expected),
      'NO_ROUTE_TO_DESTINATION',
      { ...params, expected },
      'return',
    );
  }
  w.hop('pass', table, 'routeTable', returnProse.routeBack(table, routeText(best), back), params, 'return');
  if (leg.via === 'tgw' && leg.tgw) tgwBackStep(w, leg, leg.tgw);
}
