import { kindsWith } from '../../model/kinds/index.ts';
import type { Resource } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { list, objects, str } from '../safe.ts';
import { defineRule, type Emit } from './rule.ts';

type Variant = 'route-table-subnet' | 'nacl-subnet' | 'sg-attachment' | 'subnet-group' | 'route-target-eni';

/** A route table or NACL associated with a subnet of another VPC. */
function associations(
  ctx: ValidationContext,
  emit: Emit<Variant>,
  owner: Resource,
  ids: unknown,
  variant: 'route-table-subnet' | 'nacl-subnet',
) {
  const own = ctx.index.vpcOf(owner.id)?.id;
  if (!own) return;
  for (const sid of list<unknown>(ids)) {
    const subnet = ctx.index.getKind(str(sid), 'subnet');
    const other = subnet && ctx.index.vpcOf(subnet.id)?.id;
    if (subnet && other && other !== own) {
      emit(
        variant,
        owner.id,
        {
          subnet: subnet.id,
          vpc: own,
          otherVpc: other,
        },
        [subnet.id],
      );
    }
  }
}

/**
 * TOP-002: associations stay inside one VPC: a route table or NACL associated with a subnet of
 * another VPC, an SG attached to a resource of another VPC [UG:security-groups], a load balancer or
 * DB subnet group spanning another VPC's subnet, a route to an instance (ENI) in another VPC.
 * (Routes to a foreign NAT gateway are NAT-003; to a foreign IGW or peering, RT-004.)
 *
 * Four parts, each re-run only after an edit of what it reads (rule.ts `RulePart`): route tables,
 * NACLs, SG attachments, subnet groups.
 */
export const top002 = defineRule<Variant>({
  id: 'TOP-002',
  title: 'Route tables, NACLs, security groups, subnet groups and ENI routes must stay within one VPC.',
  variants: {
    'route-table-subnet': 'error',
    'nacl-subnet': 'error',
    'sg-attachment': 'error',
    'subnet-group': 'error',
    'route-target-eni': 'error',
  },
  parts: [
    {
      run(ctx, emit) {
        for (const t of ctx.index.ofKind('routeTable')) {
          associations(ctx, emit, t, t.subnetIds, 'route-table-subnet');
          const own = ctx.index.vpcOf(t.id)?.id;
          for (const route of objects<{ target?: unknown; destination?: unknown }>(t.routes)) {
            const eni = ctx.index.getKind(str(route.target), 'instance');
            const other = eni && ctx.index.vpcOf(eni.id)?.id;
            if (eni && own && other && other !== own) {
              emit(
                'route-target-eni',
                t.id,
                {
                  destination: str(route.destination) ?? '',
                  target: eni.id,
                  otherVpc: other,
                },
                [eni.id],
              );
            }
          }
        }
      },
    },
    {
      run(ctx, emit) {
        for (const n of ctx.index.ofKind('nacl')) associations(ctx, emit, n, n.subnetIds, 'nacl-subnet');
      },
    },
    {
      run(ctx, emit) {
        // The VPC of each security group, once (there are far fewer groups than workloads).
        const sgVpc = new Map<string, string | undefined>();
        for (const sg of ctx.index.ofKind('securityGroup'))
          if (!sgVpc.has(sg.id)) sgVpc.set(sg.id, ctx.index.vpcOf(sg.id)?.id);
        for (const kind of kindsWith('securityGroupMember')) {
          if (kind === 'networkInterface') continue; // ENI-002
          for (const r of ctx.index.ofKind(kind)) {
            // Most resources have one group or none: skip the lookups when there is none.
            if (!Array.isArray(r.securityGroupIds) || r.securityGroupIds.length === 0) continue;
            const own = ctx.index.vpcOf(r.id)?.id;
            if (!own) continue;
            for (const sg of ctx.sgsOf(r.id)) {
              const other = sgVpc.get(sg.id);
              if (other && other !== own) {
                emit(
                  'sg-attachment',
                  r.id,
                  {
                    sg: sg.id,
                    vpc: own,
                    otherVpc: other,
                  },
                  [sg.id],
                );
              }
            }
          }
        }
      },
    },
    {
      run(ctx, emit) {
        for (const kind of kindsWith('spansSubnets')) {
          for (const r of ctx.index.ofKind(kind)) {
            if (!('subnetIds' in r)) continue;
            const own = ctx.index.vpcOf(r.id)?.id;
            if (!own) continue;
            for (const sid of list<unknown>(r.subnetIds)) {
              const subnet = ctx.index.getKind(str(sid), 'subnet');
              const other = subnet && ctx.index.vpcOf(subnet.id)?.id;
              if (subnet && other && other !== own) {
                emit(
                  'subnet-group',
                  r.id,
                  {
                    subnet: subnet.id,
                    vpc: own,
                    otherVpc: other,
                  },
                  [subnet.id],
                );
              }
            }
          }
        }
      },
    },
  ],
});
