/**
 * VPC endpoint service names (`com.amazonaws.REGION.SERVICE`) and the stand-in id of an AWS-managed
 * prefix list. Gateway endpoints exist only for S3 and DynamoDB
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html); AWS adds a route to
 * the service's AWS-managed prefix list (`pl-…`) in each route table the endpoint is associated with.
 * The real `pl-…` id is known only in the account: until an import brings it, a stand-in made of the
 * service name stands for it, with its entries unknown (the CloudFormation reader does the same).
 */
import { indexDesign } from '../graph.ts';
import type { Design } from '../types.ts';

export const GATEWAY_SERVICES = ['s3', 'dynamodb'] as const;
export type GatewayService = (typeof GATEWAY_SERVICES)[number];

/** `com.amazonaws.us-east-1.s3` for a service in the Region that holds `parent` (us-east-1 when none does). */
export function serviceNameFor(design: Design, parent: string | null, service: string): string {
  const code = indexDesign(design).regionOf(parent)?.code;
  return `com.amazonaws.${typeof code === 'string' && code ? code : 'us-east-1'}.${service}`;
}

/** The short service of a service name: `s3` for `com.amazonaws.us-east-1.s3`. */
export function shortService(serviceName: string): string {
  const parts = serviceName.split('.');
  return parts[parts.length - 1] ?? serviceName;
}

/** The stand-in prefix list id for a service's AWS-managed list (`pl-comamazonawsuseast1s3`). */
export function standInPrefixListId(serviceName: string): string {
  return `pl-${serviceName.replace(/[^0-9a-zA-Z]/g, '')}`;
}
