/** Helpers shared by the best-practice rules. */
import type { Subnet } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { list, str } from '../safe.ts';

/** The subnets a load balancer or DB subnet group spans: `subnetIds`, else its own subnet. */
export function spannedSubnets(
  ctx: ValidationContext,
  r: { id: string; parent: string | null; subnetIds?: unknown },
): Subnet[] {
  const out: Subnet[] = [];
  for (const id of new Set(list<unknown>(r.subnetIds))) {
    const s = ctx.index.getKind(str(id), 'subnet');
    if (s) out.push(s);
  }
  if (out.length === 0) {
    const own = ctx.index.subnetOf(r.parent);
    if (own) out.push(own);
  }
  return out;
}

export function zonesOf(ctx: ValidationContext, subnets: readonly Subnet[]): string[] {
  const z = new Set<string>();
  for (const s of subnets) {
    const zone = ctx.zoneOf(s.id);
    if (zone) z.add(zone);
  }
  return [...z].sort();
}
