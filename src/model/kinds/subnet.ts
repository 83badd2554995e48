import { cidrOrNull, formatCidr, nextFreeBlock } from '../cidr.ts';
import { indexDesign } from '../graph.ts';
import type { Design } from '../types.ts';
import { defineKind } from './define.ts';
import { type DetailChip } from './details.ts';

/** The next free /24 (or smaller, if the VPC is small) inside the VPC that contains `parent`. */
export function proposeSubnetCidr(design: Design, parent: string | null): string | null {
  const index = indexDesign(design);
  const vpc = index.vpcOf(parent);
  if (!vpc) return null;
  const taken = index
    .ofKind('subnet')
    .filter((s) => index.vpcOf(s.id)?.id === vpc.id)
    .map((s) => cidrOrNull(s.cidr))
    .filter((c) => c !== null);
  for (const block of vpc.cidrBlocks) {
    const c = cidrOrNull(block);
    if (!c) continue;
    const prefix = Math.min(28, Math.max(24, c.prefix + 2 > 24 ? c.prefix + 2 : 24));
    const free = nextFreeBlock(c, prefix, taken);
    if (free) return formatCidr(free);
  }
  return null;
}

export const subnet = defineKind({
  kind: 'subnet',
  idPrefix: 'subnet',
  noun: 'subnet',
  container: true,
  fields: (z) => ({
    cidr: z.string(),
    mapPublicIpOnLaunch: z.boolean(),
    ipv6Cidr: z.string().nullable().optional(),
  }),
  notes: {
    cidr: "The subnet's IPv4 block, inside one of the VPC's blocks.",
    mapPublicIpOnLaunch: 'Instances launched here get a public IPv4 address automatically (CKV_AWS_130).',
    ipv6Cidr:
      "The subnet's IPv6 block (a /64 inside the VPC's IPv6 block); `unknown` until deploy; null or absent: none.",
  },
  parents: ['az'],
  size: { width: 250, height: 160 },
  group: 'container',
  order: 3,
  defaultName: 'subnet',
  roles: {},
  refs: [],
  handles: { target: true, source: true },
  inspector: ['subnetAddressing'],
  create: ({ design, parent }) => ({
    cidr: proposeSubnetCidr(design as Design, parent) ?? '',
    mapPublicIpOnLaunch: false,
    ipv6Cidr: null,
  }),
  // Its route table and NACL (its own or the VPC's main and default ones) as chips; public when its table has a route to the VPC's internet gateway.
  details: (r, ctx) => {
    const uses = ctx.subnetUses(r.id);
    const chips: DetailChip[] = [];
    if (uses.routeTable !== undefined)
      chips.push({ key: 'rtb', label: uses.routeTable, tone: 'rtb', association: true });
    if (uses.nacl !== undefined) chips.push({ key: 'acl', label: uses.nacl, tone: 'acl', association: true });
    return { subtitle: r.cidr, chips, variant: uses.isPublic ? 'public' : 'private' };
  },
});
