import { containsIp } from '../../model/cidr.ts';
import type { SgRule } from '../../model/types.ts';
import { protocolMatches } from '../protocols.ts';
import { effectiveSgs } from '../reachability/sg.ts';
import { str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * VPCE-002: an interface endpoint whose security groups do not admit HTTPS (tcp 443) from its VPC.
 * AWS services behind interface endpoints answer on 443, and AWS asks for an inbound rule for 443
 * from the VPC's block (https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html,
 * "Security groups"). A rule from a group, or from a block that holds the VPC's primary block, counts.
 */
export const vpce002 = defineRule({
  id: 'VPCE-002',
  title: 'An interface endpoint’s security groups block HTTPS from its VPC.',
  variants: { 'blocks-https': 'warning' },
  run(ctx, emit) {
    for (const ep of ctx.index.ofKind('interfaceEndpoint')) {
      const vpc = ctx.index.vpcOf(ep.id);
      const block = vpc ? ctx.vpcBlocks(vpc.id)[0] : undefined;
      if (!vpc || !block) continue;
      const admits = (r: SgRule) => {
        if (!protocolMatches(r.protocol, r.fromPort, r.toPort, 'tcp', 443)) return false;
        if (str(r.sourceSg)) return true;
        const c = ctx.cidr(r.cidr);
        return !!c && containsIp(c, block.cidr.base) && containsIp(c, block.cidr.last);
      };
      const sgs = effectiveSgs(ctx, ep);
      if (!sgs.some((g) => g.ingress.some(admits)))
        emit('blocks-https', ep.id, { vpcBlock: block.text, securityGroups: sgs.map((g) => g.id).join(', ') });
    }
  },
});
