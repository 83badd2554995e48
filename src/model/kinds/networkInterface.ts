import { defineKind } from './define.ts';
import { securityGroupChips } from './details.ts';

/**
 * An elastic network interface beyond an instance's primary one (which stays the instance's own
 * fields), or one that a NAT gateway, endpoint or load balancer owns. It sits in its own subnet
 * (its `parent`), with its own addresses and security groups: traffic to its address uses that
 * subnet's route table and NACL and the interface's groups. [UG:using-eni, "Elastic network interfaces"]
 */
export const networkInterface = defineKind({
  kind: 'networkInterface',
  idPrefix: 'eni',
  noun: 'network interface',
  container: false,
  fields: (z, { refSchema }) => ({
    ownerId: refSchema.nullable(),
    privateIp: z.string().nullable(),
    elasticIp: z.string().nullable(),
    securityGroupIds: z.array(refSchema),
  }),
  notes: {
    ownerId: 'The instance, NAT gateway, load balancer or endpoint it is attached to; null when detached.',
    privateIp: 'Its primary private IPv4, or null to let AWS choose (the first free address is assumed).',
    elasticIp: 'An Elastic IP (or public address) associated with it, or null.',
    securityGroupIds: 'Its own security groups.',
  },
  parents: ['subnet'],
  size: { width: 120, height: 92 },
  group: 'compute',
  order: 10.7,
  defaultName: 'eni',
  roles: { addressable: true, securityGroupMember: true },
  refs: [
    { field: 'ownerId', shape: 'single', to: ['instance', 'nat', 'loadBalancer', 'external'], onDelete: 'drop' },
    { field: 'securityGroupIds', shape: 'list', to: ['securityGroup'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['networkInterface', 'securityGroups'],
  resetOnCopy: { privateIp: null },
  create: () => ({ ownerId: null, privateIp: null, elasticIp: null, securityGroupIds: [] }),
  details: (r, ctx) => ({
    subtitle: r.privateIp ?? (r.ownerId ? { k: 'node.attachedTo', p: { owner: r.ownerId } } : { k: 'node.detached' }),
    chips: securityGroupChips(r.securityGroupIds, ctx),
    variant: null,
  }),
});
