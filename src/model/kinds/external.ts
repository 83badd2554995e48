import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * An AWS resource VPC Town does not model (yet): a transit gateway, a VPN gateway, a VPC endpoint, an
 * egress-only internet gateway, a target group, another service's network interface. It is kept,
 * drawn and named, never dropped, with its AWS id as its id. Routes may point at it; the path engine
 * says that traffic leaves the modelled network there, so nothing behind it is reported reachable or
 * blocked on a guess. Imported only; not in the palette.
 */
export const external = defineKind({
  kind: 'external',
  idPrefix: 'ext',
  noun: 'external resource',
  container: false,
  fields: (z, { refSchema }) => ({
    awsType: z.string(),
    attributes: z.array(z.object({ key: z.string(), value: z.string() })),
    vpcIds: z.array(refSchema),
  }),
  notes: {
    awsType:
      "AWS's word for what it is: `transit-gateway`, `vpn-gateway`, `vpc-endpoint`, `egress-only-internet-gateway`, `target-group`, `network-interface`, …",
    attributes: 'What the import read about it (state, type, service name…), shown in the inspector; pairs, in order.',
    vpcIds: 'The VPCs it is attached to or sits in.',
  },
  parents: [null, 'region', 'vpc', 'subnet'],
  size: { width: 120, height: 92 },
  group: 'connection',
  order: 13,
  defaultName: 'external',
  palette: false,
  roles: { routeTarget: true },
  refs: [{ field: 'vpcIds', shape: 'list', to: ['vpc'], onDelete: 'drop' }],
  handles: { target: true, source: true },
  inspector: ['external'],
  create: () => ({ awsType: 'unknown', attributes: [], vpcIds: [] }),
  details: (r) => line(r.awsType),
});
