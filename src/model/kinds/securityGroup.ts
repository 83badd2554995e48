import { newRecordId } from '../ids.ts';
import { defineKind } from './define.ts';
import { line } from './details.ts';

/** Belongs to the VPC that is its `parent`. */
export const securityGroup = defineKind({
  kind: 'securityGroup',
  idPrefix: 'sg',
  noun: 'security group',
  container: false,
  fields: (z, { sgRuleSchema }) => ({
    description: z.string(),
    isDefault: z.boolean(),
    ingress: z.array(sgRuleSchema),
    egress: z.array(sgRuleSchema),
  }),
  notes: {
    description: 'AWS requires one.',
    isDefault: "The VPC's default security group.",
    ingress: 'Inbound rules (allow only).',
    egress: 'Outbound rules (allow only).',
  },
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'security',
  order: 8,
  defaultName: 'sg',
  roles: {},
  refs: [
    { field: 'ingress', shape: 'records', key: 'sourceSg', to: ['securityGroup'], onDelete: 'drop' },
    { field: 'egress', shape: 'records', key: 'sourceSg', to: ['securityGroup'], onDelete: 'drop' },
    { field: 'ingress', shape: 'records', key: 'prefixListId', to: ['prefixList'], onDelete: 'drop' },
    { field: 'egress', shape: 'records', key: 'prefixListId', to: ['prefixList'], onDelete: 'drop' },
  ],
  records: { ingress: 's', egress: 's' },
  handles: { target: true, source: true },
  inspector: ['securityGroupRules'],
  resetOnCopy: { isDefault: false },
  // AWS: a new security group has no inbound rules and allows all outbound.
  create: () => ({
    description: 'Managed by VPC Town',
    isDefault: false,
    ingress: [],
    egress: [
      {
        id: newRecordId('s'),
        protocol: 'all',
        fromPort: 0,
        toPort: 65535,
        cidr: '0.0.0.0/0',
        sourceSg: null,
        description: 'all outbound',
      },
    ],
  }),
  details: (r) => line({ k: 'node.sgRules', p: { in: r.ingress.length, out: r.egress.length } }),
});
