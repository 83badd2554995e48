import { indexDesign } from '../graph.ts';
import { newRecordId } from '../ids.ts';
import type { Design } from '../types.ts';
import type { z } from 'zod';
import { defineKind } from './define.ts';
import type { naclRuleSchema } from './schemas.ts';

type Rule = z.input<typeof naclRuleSchema>;

/**
 * The first NACL of a VPC is its default one, which allows all traffic both ways; a new custom NACL
 * denies everything until rules are added (AWS).
 */
function defaultOrCustom(design: Design, parent: string | null): { isDefault: boolean; rules: Rule[] } {
  const index = indexDesign(design);
  const vpc = index.vpcOf(parent);
  const hasDefault = vpc ? index.children(vpc.id).some((c) => c.kind === 'nacl' && c.isDefault) : false;
  const rules = hasDefault
    ? []
    : (['inbound', 'outbound'] as const).map((direction): Rule => ({
        id: newRecordId('n'),
        number: 100,
        direction,
        action: 'allow',
        protocol: 'all',
        fromPort: 0,
        toPort: 65535,
        cidr: '0.0.0.0/0',
      }));
  return { isDefault: !hasDefault, rules };
}

/** Belongs to the VPC that is its `parent`. */
export const nacl = defineKind({
  kind: 'nacl',
  idPrefix: 'acl',
  noun: 'network ACL',
  container: false,
  fields: (z, { naclRuleSchema, refSchema }) => ({
    isDefault: z.boolean(),
    rules: z.array(naclRuleSchema),
    subnetIds: z.array(refSchema),
  }),
  notes: {
    isDefault: "The VPC's default network ACL: it allows everything unless its rules say otherwise.",
    rules: 'See NaclRule below.',
    subnetIds: 'Subnets associated with this ACL.',
  },
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'security',
  order: 7,
  defaultName: 'nacl',
  roles: { subnetAssociation: true },
  refs: [{ field: 'subnetIds', shape: 'list', to: ['subnet'], onDelete: 'drop', association: true }],
  records: { rules: 'n' },
  handles: { target: true, source: true },
  inspector: ['naclRules', 'naclAssociations'],
  resetOnCopy: { isDefault: false },
  create: ({ design, parent }) => ({ ...defaultOrCustom(design as Design, parent), subnetIds: [] }),
  details: (r) => ({
    subtitle: { k: 'node.rules', p: { count: r.rules.length } },
    chips: r.isDefault ? [{ key: 'default', label: 'default', textKey: 'node.isDefault', tone: 'acl' }] : [],
    variant: null,
  }),
});
