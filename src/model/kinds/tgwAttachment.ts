import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * A transit gateway VPC attachment: the VPC that is its `parent` joined to `transitGatewayId`,
 * through one subnet per Availability Zone (`subnetIds`), where the transit gateway puts its
 * network interfaces. Resources in a zone without one of these subnets cannot reach the transit
 * gateway [TGW:tgw-vpc-attachments]. It carries IPv6 only with `ipv6Support` (AWS's default is
 * disabled: the network interfaces get no IPv6 address and no IPv6 route propagates). It is associated with at most one transit gateway route table
 * (`routeTableId`), which decides where the traffic it brings in goes.
 */
export const tgwAttachment = defineKind({
  kind: 'tgwAttachment',
  idPrefix: 'tgw-attach',
  noun: 'transit gateway attachment',
  container: false,
  fields: (z, { refSchema }) => ({
    transitGatewayId: refSchema.nullable(),
    subnetIds: z.array(refSchema),
    routeTableId: refSchema.nullable(),
    applianceMode: z.boolean(),
    ipv6Support: z.boolean().optional(),
  }),
  notes: {
    transitGatewayId: 'The transit gateway the VPC (the `parent`) is attached to.',
    subnetIds: 'The subnets the transit gateway uses, at most one per Availability Zone.',
    routeTableId: 'The transit gateway route table the attachment is associated with (at most one), or null.',
    applianceMode: 'Appliance mode: keep both directions of a flow in one Availability Zone (off by default).',
    ipv6Support:
      "IPv6 support: the attachment's network interfaces get IPv6 addresses, so it carries IPv6 traffic, and propagation adds the VPC's IPv6 blocks. Absent or false: disabled (AWS's default).",
  },
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'connection',
  order: 16,
  defaultName: 'tgw-attach',
  palette: false,
  roles: {},
  refs: [
    { field: 'transitGatewayId', shape: 'single', to: ['transitGateway'], onDelete: 'drop' },
    { field: 'subnetIds', shape: 'list', to: ['subnet'], onDelete: 'drop' },
    { field: 'routeTableId', shape: 'single', to: ['tgwRouteTable'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['tgwAttachment'],
  create: () => ({ transitGatewayId: null, subnetIds: [], routeTableId: null, applianceMode: false, ipv6Support: false }),
  details: (r) => line({ k: 'node.tgwSubnets', p: { count: r.subnetIds.length } }),
});
