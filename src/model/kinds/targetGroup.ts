import { defineKind } from './define.ts';
import { line } from './details.ts';

/** The protocols of ELBv2 listeners and target groups (HTTP/HTTPS: ALB; the others: NLB). */
export const LB_PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP'] as const;
export type LbProtocol = (typeof LB_PROTOCOLS)[number];

/**
 * An ELBv2 target group: the targets a listener forwards to (instances or IP addresses), on its
 * port unless a target names its own. Health checks are of no concern here. It sits in its VPC,
 * as route tables do; the canvas links each load balancer to its targets through it.
 * [ELB: load-balancer-target-groups; edit-target-group-attributes, "Client IP preservation"]
 */
export const targetGroup = defineKind({
  kind: 'targetGroup',
  idPrefix: 'tg',
  noun: 'target group',
  container: false,
  fields: (z, { portSchema, refSchema }) => {
    /** One registered target: an instance (with an optional port override) or an IP address. */
    const targetSchema = z.object({
      id: refSchema,
      instanceId: refSchema
        .nullable()
        .meta({ description: 'The instance, for a target group of type `instance`; null for an IP target.' }),
      ip: z.string().nullable().meta({ description: 'The IPv4 address, for a target group of type `ip`.' }),
      port: portSchema
        .nullable()
        .meta({ description: "The port traffic goes to on this target; null: the target group's port." }),
    });
    return {
      protocol: z.enum(LB_PROTOCOLS),
      port: portSchema,
      targetType: z.enum(['instance', 'ip']),
      targets: z.array(targetSchema),
      preserveClientIp: z.boolean().optional(),
      targetsAtDeploy: z.boolean().optional(),
    };
  },
  notes: {
    protocol: '`HTTP`/`HTTPS` (application load balancer), `TCP`, `TLS`, `UDP`, `TCP_UDP` (network load balancer).',
    port: 'The port targets receive traffic on, unless a target names its own.',
    targetType: 'Instances (by id) or IP addresses.',
    targets: 'The registered targets.',
    preserveClientIp:
      "Network load balancer: targets see the client's address. Absent: AWS's default (on for instance targets and for UDP, off for IP targets over TCP/TLS).",
    targetsAtDeploy:
      'True when the targets are registered when the stack is deployed (an ECS service, an Auto Scaling group), as a template says nothing of them: with no targets listed, where the traffic goes on is not known.',
  },
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'compute',
  order: 10.5,
  defaultName: 'tg',
  roles: {},
  refs: [{ field: 'targets', shape: 'records', key: 'instanceId', to: ['instance'], onDelete: 'drop' }],
  records: { targets: 'tgt' },
  handles: { target: true, source: true },
  inspector: ['targetGroup'],
  create: () => ({
    protocol: 'TCP',
    port: 80,
    targetType: 'instance',
    targets: [],
    preserveClientIp: true,
    targetsAtDeploy: false,
  }),
  details: (r) => line({ k: 'node.targets', p: { protocol: r.protocol, port: r.port, count: r.targets.length } }),
});
