import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * A transit gateway VPC attachment: the VPC that is its `parent` joined to `transitGatewayId`,
 * through one subnet per Availability Zone (`subnetIds`), where the transit gateway puts its
 * network interfaces. Resources in a zone without one of these subnets cannot reach the transit
 * gateway [TGW:tgw-vpc-attachments]. It is associated with at most one transit gateway route table
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
  }),
  notes: {
    transitGatewayId: 'The transit gateway the VPC (the `parent`) is attached to.',
    subnetIds: 'The subnets the transit gateway uses, at most one per Availability Zone.',
    routeTableId: 'The transit gateway route table the attachment is associated with (at most one), or null.',
    applianceMode: 'Appliance mode: keep both directions of a flow in one Availability Zone (off by default).',
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
  create: () => ({ transitGatewayId: null, subnetIds: [], routeTableId: null, applianceMode: false }),
  details: (r) => line({ k: 'node.tgwSubnets', p: { count: r.subnetIds.length } }),
});
