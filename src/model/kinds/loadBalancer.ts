import { z } from 'zod';
import { portSchema, refSchema } from './fields.ts';
import { defineKind } from './define.ts';
import { securityGroupChips } from './details.ts';

/** Sits in a subnet (its `parent`) in the diagram; `subnetIds` are all the subnets it spans. */
export const loadBalancer = defineKind({
  kind: 'loadBalancer',
  idPrefix: 'alb',
  noun: 'load balancer',
  container: false,
  fields: {
    scheme: z.enum(['internet-facing', 'internal']),
    subnetIds: z.array(refSchema),
    securityGroupIds: z.array(refSchema),
    listenerPorts: z.array(portSchema),
  },
  notes: {
    subnetIds: 'Every subnet it spans (AWS needs two AZs). It is drawn in its `parent` subnet.',
    securityGroupIds: 'Attached security groups.',
    listenerPorts: 'Listener ports, 0–65535.',
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
  ],
  handles: { target: true, source: true },
  inspector: ['loadBalancer', 'subnetsAndGroups', 'whoCanReach'],
  create: ({ parent }) => ({
    scheme: 'internet-facing',
    subnetIds: parent ? [parent] : [],
    securityGroupIds: [],
    listenerPorts: [443],
  }),
  details: (r, ctx) => ({
    subtitle: { k: r.scheme === 'internal' ? 'inspector.internal' : 'inspector.internetFacing' },
    chips: securityGroupChips(r.securityGroupIds, ctx),
    variant: null,
  }),
});
