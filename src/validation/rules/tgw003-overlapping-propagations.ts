import { formatCidr, overlaps } from '../../model/cidr.ts';
import { list, str } from '../safe.ts';
import { propagatedBlocks, tgwAttachmentById } from '../transit.ts';
import { defineRule } from './rule.ts';

/**
 * TGW-003: attachments that propagate overlapping blocks into one transit gateway route table.
 * "A transit gateway doesn't support routing between VPCs with identical CIDRs, or if a CIDR in a
 * range overlaps a CIDR in an attached VPC": the later VPC's routes are not propagated
 * [TGW:tgw-vpc-attachments].
 */
export const tgw003 = defineRule({
  id: 'TGW-003',
  title: 'Attachments propagating into one transit gateway route table must not have overlapping CIDR blocks.',
  variants: { overlap: 'error' },
  run(ctx, emit) {
    for (const table of ctx.index.ofKind('tgwRouteTable')) {
      const seen: { id: string; cidr: ReturnType<typeof propagatedBlocks>[number] }[] = [];
      for (const id of list<unknown>(table.propagationIds)) {
        const a = tgwAttachmentById(ctx, id);
        if (!a || str(a.transitGatewayId) !== str(table.transitGatewayId)) continue;
        for (const cidr of propagatedBlocks(ctx, a)) {
          const clash = seen.find((s) => s.id !== a.id && overlaps(s.cidr, cidr));
          if (clash)
            emit(
              'overlap',
              table.id,
              { attachment: a.id, cidr: formatCidr(cidr), other: clash.id, otherCidr: formatCidr(clash.cidr) },
              [a.id, clash.id],
            );
          seen.push({ id: a.id, cidr });
        }
      }
    }
  },
});
