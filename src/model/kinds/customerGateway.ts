import { defineKind } from './define.ts';
import { line } from './details.ts';

/** A customer gateway: the on-premises end of a site-to-site VPN, outside every Region. */
export const customerGateway = defineKind({
  kind: 'customerGateway',
  idPrefix: 'cgw',
  noun: 'customer gateway',
  container: false,
  fields: (z) => ({
    ipAddress: z.string(),
    bgpAsn: z.number().int(),
  }),
  notes: {
    ipAddress: "The public IPv4 address of the on-premises device's outside interface.",
    bgpAsn: 'The BGP ASN of the on-premises side (65000 by default).',
  },
  parents: [null],
  size: { width: 120, height: 92 },
  group: 'connection',
  order: 19,
  defaultName: 'cgw',
  roles: {},
  refs: [],
  handles: { target: true, source: true },
  inspector: ['customerGateway'],
  create: () => ({ ipAddress: '198.51.100.200', bgpAsn: 65000 }),
  details: (r) => line(r.ipAddress || `ASN ${r.bgpAsn}`),
});
