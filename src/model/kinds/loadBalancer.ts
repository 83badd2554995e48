import { defineKind } from './define.ts';
import { securityGroupChips } from './details.ts';
import { LB_PROTOCOLS } from './targetGroup.ts';

/** Sits in a subnet (its `parent`) in the diagram; `subnetIds` are all the subnets it spans. */
export const loadBalancer = defineKind({
  kind: 'loadBalancer',
  idPrefix: 'alb',
  noun: 'load balancer',
  container: false,
  fields: (z, { portSchema, refSchema }) => {
    /** A listener: traffic to its protocol and port is forwarded to its target group. */
    const listenerSchema = z.object({
      id: refSchema,
      protocol: z.enum(LB_PROTOCOLS),
      port: portSchema,
      targetGroupId: refSchema
        .nullable()
        .meta({ description: 'The target group its default action forwards to; null: none.' }),
    });
    return {
      scheme: z.enum(['internet-facing', 'internal']),
      subnetIds: z.array(refSchema),
      securityGroupIds: z.array(refSchema),
      listenerPorts: z.array(portSchema),
      lbType: z.enum(['application', 'network']).optional(),
      listeners: z.array(listenerSchema).optional(),
      crossZone: z.boolean().optional(),
    };
  },
  notes: {
    subnetIds: 'Every subnet it spans (AWS needs two AZs). It is drawn in its `parent` subnet.',
    securityGroupIds: 'Attached security groups.',
    listenerPorts:
      'Listener ports, 0–65535, for a load balancer without `listeners` (traffic is taken at the load balancer).',
    lbType: 'Application (the default when absent) or network load balancer.',
    listeners:
      'Listeners that forward to target groups; when present they decide which ports the load balancer takes (and `listenerPorts` mirrors their ports).',
    crossZone:
      'Network load balancer: cross-zone load balancing (off when absent, as AWS creates it). Application load balancers always have it on.',
  },
  parents: ['subnet'],
  size: { width: 120, height: 92 },
  group: 'compute',
  order: 10,
  defaultName: 'alb',
  roles: { workload: true, addressable: true, securityGroupMember: true, spansSubnets: true },
  refs: [
    { field: 'securityGroupIds', shape: 'list', to: ['securityGroup'], onDelete: 'drop' },
    { field: 'subnetIds', shape: 'list', to: ['subnet'], onDelete: 'drop' },
    {
      field: 'listeners',
      shape: 'records',
      key: 'targetGroupId',
      to: ['targetGroup'],
      onDelete: 'keep',
      record: { noun: 'listener', labelKey: 'port' },
    },
  ],
  records: { listeners: 'lsn' },
  handles: { target: true, source: true },
  inspector: ['loadBalancer', 'listeners', 'subnetsAndGroups', 'whoCanReach'],
  create: ({ parent }) => ({
    scheme: 'internet-facing',
    subnetIds: parent ? [parent] : [],
    securityGroupIds: [],
    listenerPorts: [443],
    lbType: 'application',
    listeners: [],
    crossZone: false,
  }),
  details: (r, ctx) => ({
    subtitle: { k: r.scheme === 'internal' ? 'inspector.internal' : 'inspector.internetFacing' },
    chips: securityGroupChips(r.securityGroupIds, ctx),
    variant: null,
  }),
});
