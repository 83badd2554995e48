import type { Design } from '../types.ts';
import { defineKind } from './define.ts';
import { securityGroupChips } from './details.ts';
import { serviceNameFor, shortService } from './vpcEndpointServices.ts';

/**
 * An interface VPC endpoint (AWS PrivateLink): a network interface with a private address in each
 * of its subnets, with security groups, in front of an AWS service
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html). Drawn in its
 * `parent` subnet; `subnetIds` are all its subnets (one per AZ). Traffic to it reaches the service.
 */
export const interfaceEndpoint = defineKind({
  kind: 'interfaceEndpoint',
  idPrefix: 'vpce-i',
  noun: 'interface endpoint',
  container: false,
  fields: (z, { refSchema }) => ({
    serviceName: z.string(),
    subnetIds: z.array(refSchema),
    securityGroupIds: z.array(refSchema),
    privateDns: z.boolean(),
    privateIp: z.string().nullable(),
  }),
  notes: {
    serviceName: 'The service, e.g. `com.amazonaws.us-east-1.ssm`.',
    subnetIds: 'The subnets it has a network interface in (at most one per AZ). It is drawn in its `parent` subnet.',
    securityGroupIds: "The security groups of its network interfaces (AWS uses the VPC's default when none is given).",
    privateDns: "Private DNS: the service's public name resolves to the endpoint's private addresses in the VPC.",
    privateIp: "Its network interface's private IPv4 in its `parent` subnet, or null to let AWS choose.",
  },
  parents: ['subnet'],
  size: { width: 120, height: 92 },
  group: 'gateway',
  order: 16,
  defaultName: 'endpoint',
  roles: { addressable: true, securityGroupMember: true, spansSubnets: true },
  refs: [
    { field: 'securityGroupIds', shape: 'list', to: ['securityGroup'], onDelete: 'drop' },
    { field: 'subnetIds', shape: 'list', to: ['subnet'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['interfaceEndpoint', 'subnetsAndGroups'],
  resetOnCopy: { privateIp: null },
  create: ({ design, parent }) => ({
    serviceName: serviceNameFor(design as Design, parent, 'ssm'),
    subnetIds: parent ? [parent] : [],
    securityGroupIds: [],
    privateDns: true,
    privateIp: null,
  }),
  details: (r, ctx) => ({
    subtitle: shortService(r.serviceName),
    chips: securityGroupChips(r.securityGroupIds, ctx),
    variant: null,
  }),
});
