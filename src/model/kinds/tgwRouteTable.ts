import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * A transit gateway route table [TGW:tgw-route-tables]: the attachments associated with it (their
 * `routeTableId`) are routed by it; the attachments in `propagations` propagate their routes into
 * it (a VPC its CIDR blocks, a BGP VPN its on-premises networks); `routes` are its static routes.
 * Longest prefix first; on equal prefixes a static route beats a propagated one.
 */
export const tgwRouteTable = defineKind({
  kind: 'tgwRouteTable',
  idPrefix: 'tgw-rtb',
  noun: 'transit gateway route table',
  container: false,
  fields: (z, { refSchema }) => {
    /** A static route of a transit gateway route table: to an attachment, or a blackhole that drops. */
    const tgwRouteSchema = z.object({
      id: refSchema,
      destination: z.string(),
      target: z.string().min(1, 'A transit gateway route needs a target: an attachment id or `blackhole`.').meta({
        description: 'The id of a transit gateway VPC attachment or VPN connection, or `blackhole` (drop the traffic).',
      }),
    });
    return {
      transitGatewayId: refSchema.nullable(),
      propagationIds: z.array(refSchema),
      routes: z.array(tgwRouteSchema),
    };
  },
  notes: {
    transitGatewayId: 'The transit gateway it belongs to.',
    propagationIds: 'Attachments (VPC attachments, VPN connections) that propagate their routes into it.',
    routes: 'Static routes: a destination CIDR to an attachment, or to `blackhole`.',
  },
  parents: [null, 'region'],
  size: { width: 120, height: 92 },
  group: 'routing',
  order: 17,
  defaultName: 'tgw-rtb',
  roles: {},
  refs: [
    { field: 'transitGatewayId', shape: 'single', to: ['transitGateway'], onDelete: 'drop' },
    { field: 'propagationIds', shape: 'list', to: ['tgwAttachment', 'vpnConnection'], onDelete: 'drop' },
    // A static route to a deleted attachment stays, as a blackhole (AWS marks it so).
    {
      field: 'routes',
      shape: 'records',
      key: 'target',
      to: ['tgwAttachment', 'vpnConnection'],
      onDelete: 'keep',
      special: ['blackhole'],
      record: { noun: 'route', labelKey: 'destination' },
    },
  ],
  records: { routes: 'tr' },
  handles: { target: true, source: true },
  inspector: ['tgwRouteTable'],
  create: () => ({ transitGatewayId: null, propagationIds: [], routes: [] }),
  details: (r) => line({ k: 'node.routes', p: { count: r.routes.length } }),
});
