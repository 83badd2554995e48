import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * A transit gateway: the Region's router between the VPCs (and VPN connections) attached to it
 * [TGW:how-transit-gateways-work]. It sits at Region level, drawn between the VPCs it connects.
 * A new attachment is associated with `associationDefaultRouteTableId` and propagates into
 * `propagationDefaultRouteTableId` (AWS's default association and propagation route tables).
 */
export const transitGateway = defineKind({
  kind: 'transitGateway',
  idPrefix: 'tgw',
  noun: 'transit gateway',
  container: false,
  fields: (z, { refSchema }) => ({
    amazonSideAsn: z.number().int(),
    associationDefaultRouteTableId: refSchema.nullable(),
    propagationDefaultRouteTableId: refSchema.nullable(),
  }),
  notes: {
    amazonSideAsn: 'The BGP ASN of the Amazon side (64512 by default).',
    associationDefaultRouteTableId:
      'The route table a new attachment is associated with (default association), or null when that is off.',
    propagationDefaultRouteTableId:
      'The route table a new attachment propagates its routes into (default propagation), or null when that is off.',
  },
  parents: [null, 'region'],
  size: { width: 120, height: 92 },
  group: 'connection',
  order: 15,
  defaultName: 'tgw',
  roles: { routeTarget: true },
  refs: [
    { field: 'associationDefaultRouteTableId', shape: 'single', to: ['tgwRouteTable'], onDelete: 'drop' },
    { field: 'propagationDefaultRouteTableId', shape: 'single', to: ['tgwRouteTable'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['transitGateway'],
  create: () => ({ amazonSideAsn: 64512, associationDefaultRouteTableId: null, propagationDefaultRouteTableId: null }),
  details: (r) => line(`ASN ${r.amazonSideAsn}`),
});
