import { contains, formatCidr, overlaps } from '../../model/cidr.ts';
import { defineRule } from './rule.ts';
import { parsedRoutes } from './routes.ts';

/**
 * PEER-003: a route to a peering connection must point into the peer's blocks. A destination
 * outside them (the internet, a third VPC) would need transitive or edge-to-edge routing, which
 * peering does not do [PG:vpc-peering-basics; RA PCX_REQUIRES_ADDRESS_IN_VPC_CIDR]; one broader
 * than them is overly permissive [CKV2_AWS_44].
 */
export const peer003 = defineRule({
  id: 'PEER-003',
  title: "A route to a peering connection must target the peer VPC's blocks.",
  variants: { 'outside-peer': 'error', 'broader-than-peer': 'warning' },
  run(ctx, emit) {
    for (const t of ctx.index.ofKind('routeTable')) {
      const vpc = ctx.index.getKind(t.parent, 'vpc');
      if (!vpc) continue;
      for (const r of parsedRoutes(ctx, t)) {
        const pcx = ctx.index.getKind(r.target, 'peering');
        const peer = pcx && ctx.peerOf(pcx, vpc.id);
        if (!pcx || !peer || peer.id === vpc.id) continue;
        const blocks = ctx.vpcBlocks(peer.id);
        if (blocks.length === 0) continue;
        const d = formatCidr(r.destination);
        const peerBlocks = blocks.map((b) => formatCidr(b.cidr)).join(', ');
        const params = { destination: d, pcx: pcx.id, peer: peer.id, peerBlocks };
        if (!blocks.some((b) => overlaps(b.cidr, r.destination))) {
          emit('outside-peer', t.id, params, [pcx.id]);
        } else if (!blocks.some((b) => contains(b.cidr, r.destination))) {
          emit('broader-than-peer', t.id, params, [pcx.id]);
        }
      }
    }
  },
});
