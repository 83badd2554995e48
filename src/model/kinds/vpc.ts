import { cidrOrNull, formatCidr, nextFreeBlock } from '../cidr.ts';
import { indexDesign } from '../graph.ts';
import type { Design } from '../types.ts';
import { defineKind } from './define.ts';
import { line } from './details.ts';

/** The next free /16 in 10.0.0.0/8. */
function proposeVpcBlock(design: Design): string {
  const used = indexDesign(design)
    .ofKind('vpc')
    .flatMap((v) => v.cidrBlocks.map(cidrOrNull).filter((c) => c !== null));
  const block = nextFreeBlock(cidrOrNull('10.0.0.0/8')!, 16, used);
  return block ? formatCidr(block) : '10.0.0.0/16';
}

export const vpc = defineKind({
  kind: 'vpc',
  idPrefix: 'vpc',
  noun: 'VPC',
  container: true,
  fields: (z) => ({
    cidrBlocks: z.array(z.string()),
    flowLogs: z.boolean(),
    isDefault: z.boolean(),
    ipv6CidrBlocks: z.array(z.string()).optional(),
  }),
  notes: {
    cidrBlocks: 'IPv4 CIDR blocks, primary first, then secondary blocks.',
    flowLogs: 'VPC flow logs are enabled.',
    isDefault: "The account's default VPC (discouraged: CKV_AWS_148).",
    ipv6CidrBlocks:
      'IPv6 CIDR blocks (an Amazon-provided /56 each); `unknown` for one Amazon assigns at deploy. Absent: IPv4 only.',
  },
  parents: ['region'],
  size: { width: 560, height: 360 },
  group: 'container',
  order: 1,
  defaultName: 'VPC',
  bareNameWhenAlone: true,
  roles: {},
  refs: [],
  handles: { target: true, source: true },
  inspector: ['vpcAddressing'],
  create: ({ design }) => ({
    cidrBlocks: [proposeVpcBlock(design as Design)],
    flowLogs: true,
    isDefault: false,
    ipv6CidrBlocks: [],
  }),
  details: (r) => line([...r.cidrBlocks, ...(r.ipv6CidrBlocks ?? [])].join(', ')),
});
