import { defineKind } from './define.ts';
import { securityGroupChips } from './details.ts';

/** Lives in the subnet that is its `parent`. */
export const instance = defineKind({
  kind: 'instance',
  idPrefix: 'i',
  noun: 'instance',
  container: false,
  fields: (z, { refSchema }) => ({
    instanceType: z.string(),
    privateIp: z.string().nullable(),
    publicIp: z.enum(['none', 'auto', 'elastic']),
    elasticIp: z.string().nullable(),
    securityGroupIds: z.array(refSchema),
    ipv6Addresses: z.array(z.string()).optional(),
  }),
  notes: {
    instanceType: 'e.g. `t3.micro`.',
    privateIp: 'A static private IPv4, or null to let AWS choose (the first usable address is assumed).',
    publicIp: "No public address, one from Amazon's pool, or an Elastic IP (`elasticIp`).",
    elasticIp: 'The Elastic IP when `publicIp` is `"elastic"`.',
    securityGroupIds: 'Attached security groups.',
    ipv6Addresses: 'IPv6 addresses of its network interface, in its subnet’s IPv6 block (they are public: no NAT).',
  },
  parents: ['subnet'],
  size: { width: 120, height: 92 },
  group: 'compute',
  order: 9,
  defaultName: 'web',
  roles: { workload: true, addressable: true, securityGroupMember: true, routeTarget: true },
  refs: [{ field: 'securityGroupIds', shape: 'list', to: ['securityGroup'], onDelete: 'drop' }],
  handles: { target: true, source: true },
  inspector: ['instance', 'securityGroups', 'whoCanReach'],
  resetOnCopy: { privateIp: null },
  create: () => ({
    instanceType: 't3.micro',
    privateIp: null,
    publicIp: 'none',
    elasticIp: null,
    securityGroupIds: [],
    ipv6Addresses: [],
  }),
  details: (r, ctx) => ({
    subtitle:
      r.publicIp !== 'none'
        ? { k: r.publicIp === 'elastic' ? 'node.eip' : 'node.publicIp' }
        : (r.privateIp ?? r.instanceType),
    chips: securityGroupChips(r.securityGroupIds, ctx),
    variant: null,
  }),
});
