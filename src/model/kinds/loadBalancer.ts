import { defineKind } from './define.ts';
import { securityGroupChips } from './details.ts';
import { LB_PROTOCOLS } from './targetGroup.ts';

/**
 * A listener's default action, as ELB names them: `forward` to a target group, or an answer of the
 * load balancer itself (`fixed-response`, `redirect`). Authentication actions precede a forward.
 */
export const LISTENER_ACTIONS = ['forward', 'fixed-response', 'redirect'] as const;
export type ListenerAction = (typeof LISTENER_ACTIONS)[number];

/**
 * What a listener without a forward action does, from its default actions' types (CloudFormation's
 * `Type`, the API's, Terraform's `type`): the first fixed-response or redirect; undefined when none is.
 */
export function answeringAction(types: readonly unknown[]): ListenerAction | undefined {
  for (const t of types) if (t === 'fixed-response' || t === 'redirect') return t;
  return undefined;
}

/** Sits in a subnet (its `parent`) in the diagram; `subnetIds` are all the subnets it spans. */
export const loadBalancer = defineKind({
  kind: 'loadBalancer',
  idPrefix: 'alb',
  noun: 'load balancer',
  container: false,
  fields: (z, { portSchema, refSchema }) => {
    /** A listener: traffic to its protocol and port is forwarded to its target group, or answered. */
    const listenerSchema = z.object({
      id: refSchema,
      protocol: z.enum(LB_PROTOCOLS),
      port: portSchema,
      targetGroupId: refSchema
        .nullable()
        .meta({ description: 'The target group its default action forwards to; null: none.' }),
      action: z.enum(LISTENER_ACTIONS).optional().meta({
        description:
          'Its default action: `forward` (when absent) to `targetGroupId`, or `fixed-response` / `redirect`, answered by the load balancer itself (application load balancers only).',
      }),
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
