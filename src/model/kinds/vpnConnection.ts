import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * A site-to-site VPN connection between a customer gateway and either a virtual private gateway or
 * a transit gateway (where it is an attachment of its own, associated with `tgwRouteTableId`).
 * `onPremCidrs` are the on-premises networks: its static routes, or what BGP advertises. Traffic
 * routed into it for one of them leaves the design towards the on-premises network.
 */
export const vpnConnection = defineKind({
  kind: 'vpnConnection',
  idPrefix: 'vpn',
  noun: 'VPN connection',
  container: false,
  fields: (z, { refSchema }) => ({
    customerGatewayId: refSchema.nullable(),
    vpnGatewayId: refSchema.nullable(),
    transitGatewayId: refSchema.nullable(),
    tgwRouteTableId: refSchema.nullable(),
    staticRoutesOnly: z.boolean(),
    onPremCidrs: z.array(z.string()),
  }),
  notes: {
    customerGatewayId: 'The customer gateway (the on-premises end).',
    vpnGatewayId: 'The virtual private gateway on the AWS side, or null when it ends at a transit gateway.',
    transitGatewayId: 'The transit gateway on the AWS side, or null when it ends at a virtual private gateway.',
    tgwRouteTableId: 'On a transit gateway: the transit gateway route table its attachment is associated with.',
    staticRoutesOnly: 'Static routing (true) or BGP (false).',
    onPremCidrs: 'The on-premises networks: the static routes, or the networks BGP advertises.',
  },
  parents: [null, 'region'],
  size: { width: 120, height: 92 },
  group: 'connection',
  order: 20,
  defaultName: 'vpn',
  roles: {},
  refs: [
    { field: 'customerGatewayId', shape: 'single', to: ['customerGateway'], onDelete: 'drop' },
    { field: 'vpnGatewayId', shape: 'single', to: ['vpnGateway'], onDelete: 'drop' },
    { field: 'transitGatewayId', shape: 'single', to: ['transitGateway'], onDelete: 'drop' },
    { field: 'tgwRouteTableId', shape: 'single', to: ['tgwRouteTable'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['vpnConnection'],
  create: () => ({
    customerGatewayId: null,
    vpnGatewayId: null,
    transitGatewayId: null,
    tgwRouteTableId: null,
    staticRoutesOnly: true,
    onPremCidrs: ['192.168.0.0/16'],
  }),
  details: (r) => line(r.onPremCidrs.join(', ') || (r.staticRoutesOnly ? 'static' : 'BGP')),
});
