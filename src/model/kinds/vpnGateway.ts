import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * A virtual private gateway: the VPN end of the VPC that is its `parent` (outside a VPC it is
 * detached). The route tables in `propagationRouteTableIds` receive its VPN connections'
 * on-premises networks as propagated routes [UG:route-tables-priority].
 */
export const vpnGateway = defineKind({
  kind: 'vpnGateway',
  idPrefix: 'vgw',
  noun: 'virtual private gateway',
  container: false,
  fields: (z, { refSchema }) => ({
    amazonSideAsn: z.number().int(),
    propagationRouteTableIds: z.array(refSchema),
  }),
  notes: {
    amazonSideAsn: 'The BGP ASN of the Amazon side (64512 by default).',
    propagationRouteTableIds: "The VPC's route tables with route propagation from this gateway turned on.",
  },
  parents: ['vpc', null, 'region'],
  size: { width: 120, height: 92 },
  group: 'gateway',
  order: 18,
  defaultName: 'vgw',
  roles: { routeTarget: true },
  refs: [{ field: 'propagationRouteTableIds', shape: 'list', to: ['routeTable'], onDelete: 'drop' }],
  handles: { target: true, source: true },
  inspector: ['vpnGateway'],
  create: () => ({ amazonSideAsn: 64512, propagationRouteTableIds: [] }),
  details: (r, ctx) => line({ k: ctx.vpcName(r.parent) !== undefined ? 'node.attached' : 'node.detached' }),
});
