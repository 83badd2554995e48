import { contains, formatCidr, overlaps, parseCidr, type Cidr } from '../../model/cidr.ts';
import { objects, printable } from '../safe.ts';
import { isPrefixListId } from '../prefixLists.ts';
import { cidr6OrNull } from '../../model/cidr6.ts';
import { defineRule } from './rule.ts';

const RESERVED = (parseCidr('169.254.168.0/22') as { cidr: Cidr }).cidr;

/**
 * RT-003: a route more specific than a local route must equal a whole subnet CIDR and target a NAT
 * gateway or an ENI (GWLB endpoints are not modelled); 169.254.168.0/22 cannot be a destination;
 * a local route names a VPC block [UG:VPC_Route_Tables].
 */
export const rt003 = defineRule({
  id: 'RT-003',
  title:
    'Routes must have valid destinations; routes more specific than local must be whole subnets via a NAT gateway or ENI.',
  variants: {
    'invalid-destination': 'error',
    'reserved-destination': 'error',
    'local-not-vpc-block': 'error',
    'not-subnet-cidr': 'error',
    'bad-target': 'error',
  },
  run(ctx, emit) {
    for (const t of ctx.index.ofKind('routeTable')) {
      const vpc = ctx.index.getKind(t.parent, 'vpc');
      const blocks = vpc ? ctx.vpcBlocks(vpc.id) : [];
      for (const route of objects<{ destination?: unknown; target?: unknown }>(t.routes)) {
        const dest = ctx.cidr(route.destination);
        // A prefix list (`pl-…`) is a destination too; PL-001 checks that it exists.
        if (!dest && isPrefixListId(route.destination)) continue;
        // An IPv6 destination is checked by the IPv6 rules (V6-002); IPv4 rules leave it alone.
        if (!dest && cidr6OrNull(route.destination)) continue;
        if (!dest) {
          emit('invalid-destination', t.id, {
            destination: printable(route.destination),
          });
          continue;
        }
        const d = formatCidr(dest);
        if (overlaps(RESERVED, dest) && dest.prefix >= RESERVED.prefix) {
          emit('reserved-destination', t.id, {
            destination: d,
          });
          continue;
        }
        if (!vpc) continue;
        if (route.target === 'local') {
          if (blocks.length && !blocks.some((b) => b.cidr.base === dest.base && b.cidr.prefix === dest.prefix)) {
            emit('local-not-vpc-block', t.id, {
              destination: d,
              vpc: vpc.id,
            });
          }
          continue;
        }
        const block = blocks.find((b) => contains(b.cidr, dest) && dest.prefix > b.cidr.prefix);
        if (!block) continue;
        const subnetMatch = ctx.subnetsOf(vpc.id).some((s) => {
          const c = ctx.cidr(s.cidr);
          return !!c && c.base === dest.base && c.prefix === dest.prefix;
        });
        if (!subnetMatch) {
          emit('not-subnet-cidr', t.id, {
            destination: d,
            local: formatCidr(block.cidr),
          });
        }
        const target = ctx.index.get(typeof route.target === 'string' ? route.target : null);
        if (target && target.kind !== 'nat' && target.kind !== 'instance') {
          emit(
            'bad-target',
            t.id,
            {
              destination: d,
              target: target.id,
              targetKind: printable(target.kind),
            },
            [target.id],
          );
        }
      }
    }
  },
});
