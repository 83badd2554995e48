import { nextFreeElasticIp, writtenElasticIps } from '../publicIps.ts';
import type { Design } from '../types.ts';
import { defineKind } from './define.ts';
import { line } from './details.ts';

/** An Elastic IP belongs to one resource: a new NAT gateway takes the next one the design does not use yet (EIP-001). */
function nextElasticIp(design: unknown): string {
  return nextFreeElasticIp(writtenElasticIps((design as Design).resources));
}

/** Lives in its `parent` subnet. */
export const nat = defineKind({
  kind: 'nat',
  idPrefix: 'nat',
  noun: 'NAT gateway',
  container: false,
  fields: (z) => ({
    connectivity: z.enum(['public', 'private']),
    elasticIp: z.string().nullable(),
  }),
  notes: {
    connectivity:
      'A public NAT gateway needs an Elastic IP and a route to an internet gateway; a private one has no Elastic IP.',
    elasticIp: 'The Elastic IP address, or null when none is allocated.',
  },
  parents: ['subnet'],
  size: { width: 120, height: 92 },
  group: 'gateway',
  order: 5,
  defaultName: 'nat-gw',
  roles: { routeTarget: true, addressable: true },
  refs: [],
  handles: { target: true, source: true },
  inspector: ['natGateway'],
  create: ({ design }) => ({ connectivity: 'public', elasticIp: nextElasticIp(design) }),
  details: (r) =>
    line(
      r.elasticIp ?? {
        k: r.connectivity === 'public' ? 'inspector.connectivityPublic' : 'inspector.connectivityPrivate',
      },
    ),
});
