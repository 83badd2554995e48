import { DB_ENGINES } from './fields.ts';
import { defineKind } from './define.ts';
import { securityGroupChips } from './details.ts';

/** Sits in its primary subnet (its `parent`); `subnetIds` is the DB subnet group. */
export const rds = defineKind({
  kind: 'rds',
  idPrefix: 'db',
  noun: 'database',
  container: false,
  fields: (z, { portSchema, refSchema }) => ({
    engine: z.enum(DB_ENGINES),
    port: portSchema,
    publiclyAccessible: z.boolean(),
    subnetIds: z.array(refSchema),
    securityGroupIds: z.array(refSchema),
    privateIp: z.string().nullable(),
  }),
  notes: {
    subnetIds: 'The DB subnet group (AWS needs two AZs). It is drawn in its primary (`parent`) subnet.',
    securityGroupIds: 'Attached security groups.',
    privateIp: 'A static private IPv4, or null to let AWS choose.',
  },
  parents: ['subnet'],
  size: { width: 120, height: 92 },
  group: 'compute',
  order: 11,
  defaultName: 'db',
  roles: { workload: true, addressable: true, securityGroupMember: true, spansSubnets: true },
  refs: [
    { field: 'securityGroupIds', shape: 'list', to: ['securityGroup'], onDelete: 'drop' },
    { field: 'subnetIds', shape: 'list', to: ['subnet'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['database', 'subnetsAndGroups', 'whoCanReach'],
  resetOnCopy: { privateIp: null },
  create: ({ parent }) => ({
    engine: 'postgres',
    port: 5432,
    publiclyAccessible: false,
    subnetIds: parent ? [parent] : [],
    securityGroupIds: [],
    privateIp: null,
  }),
  details: (r, ctx) => ({
    subtitle: `${r.engine}:${r.port}`,
    chips: securityGroupChips(r.securityGroupIds, ctx),
    variant: null,
  }),
});
