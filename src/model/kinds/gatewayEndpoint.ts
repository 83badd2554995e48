import type { Design } from '../types.ts';
import { defineKind } from './define.ts';
import { line } from './details.ts';
import { serviceNameFor, shortService } from './vpcEndpointServices.ts';

/**
 * A gateway VPC endpoint (S3 or DynamoDB) in the VPC that is its `parent`. AWS adds a route to the
 * service's AWS-managed prefix list, target the endpoint, in each associated route table
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html); traffic to the
 * service through it leaves the VPC towards the service. The endpoint policy is not modelled.
 */
export const gatewayEndpoint = defineKind({
  kind: 'gatewayEndpoint',
  idPrefix: 'vpce',
  noun: 'gateway endpoint',
  container: false,
  fields: (z, { refSchema }) => ({
    serviceName: z.string(),
    prefixListId: refSchema.nullable(),
    routeTableIds: z.array(refSchema),
  }),
  notes: {
    serviceName: 'The service, `com.amazonaws.REGION.s3` or `com.amazonaws.REGION.dynamodb`.',
    prefixListId:
      "The service's AWS-managed prefix list (`pl-…`) that its routes name, or null until a route table is associated.",
    routeTableIds: 'The route tables it is associated with; each has a route to the prefix list via the endpoint.',
  },
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'gateway',
  order: 15,
  defaultName: 's3-endpoint',
  roles: { routeTarget: true },
  refs: [
    { field: 'routeTableIds', shape: 'list', to: ['routeTable'], onDelete: 'drop' },
    { field: 'prefixListId', shape: 'single', to: ['prefixList'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['gatewayEndpoint'],
  create: ({ design, parent }) => ({
    serviceName: serviceNameFor(design as Design, parent, 's3'),
    prefixListId: null,
    routeTableIds: [],
  }),
  details: (r) => line(shortService(r.serviceName)),
});
