/**
 * Reachability answers, modelled on Reachability Analyzer [RA-how]: a hop list (forward path,
 * then the return path) and, when blocked, where and the explanation code [RA-codes].
 */
import type { IpProtocol, ResourceId } from '../../model/types.ts';

/** The explanation codes this engine can emit (a subset of Reachability Analyzer's). */
export const EXPLANATION_CODES = [
  // Not reachable
  'NO_ROUTE_TO_DESTINATION',
  'SUBNET_ACL_RESTRICTION',
  'ENI_SG_RULES_MISMATCH',
  'SG_HAS_NO_RULES',
  'ENI_ADDRESS_RESTRICTION',
  'ENI_SOURCE_DEST_CHECK_RESTRICTION',
  'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS',
  'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
  'IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS',
  'IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS',
  'IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS',
  'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
  'NGW_REQUIRES_SOURCE_IN_VPC',
  'VPC_LOCAL_ROUTE_CIDR_RESTRICTION',
  'HIGHER_PRIORITY_ROUTE',
  'MORE_SPECIFIC_ROUTE',
  'ELBV2_LISTENER_PORT_RESTRICTION',
  'TARGET_PORT_RESTRICTION',
  'TGW_ATTACH_VPC_AZ_RESTRICTION',
  'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION',
  'TGW_RTB_CANNOT_ROUTE',
  'TGW_RTB_BAD_STATE_ROUTE',
  'TGW_RTB_MORE_SPECIFIC_ROUTE',
  'TGW_RTB_HIGHER_PRIORITY_ROUTE',
  // VPC Town's own (Reachability Analyzer has no IPv6 egress-only gateway code): a connection from
  // the internet to an address behind an egress-only internet gateway.
  'EIGW_INBOUND_RESTRICTION',
  // VPC Town's own: IPv6 through a transit gateway attachment without IPv6 support (or whose subnet
  // has no IPv6 block: its network interface there has no IPv6 address).
  'TGW_ATTACH_IPV6_NOT_SUPPORTED',
  'ELBV2_LISTENER_HAS_NO_TG',
  'ELB_INSTALLED_AZ_RESTRICTION',
  'TARGET_ADDRESS_RESTRICTION',
  // Configuration
  'NO_SOURCE_OR_DESTINATION',
  'DISCONNECTED_VPCS',
  'NO_PATH',
] as const;

export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

export interface ReachQuery {
  /** A resource id (instance, loadBalancer, rds, nat), `internet`, or an IPv4 address. */
  readonly from: string;
  readonly to: string;
  /** A name or an IP protocol number 0–255 (model/kinds/fields.ts `IpProtocol`). */
  readonly protocol: IpProtocol;
  /** Destination port (used for tcp and udp only). */
  readonly port: number;
  /**
   * The source port (tcp and udp), which the replies go to: the return path's NACLs must allow it.
   * Absent: any ephemeral port, so they must allow all of 1024–65535 (AWS's recommendation).
   */
  readonly srcPort?: number;
  /** With `from: "internet"`: the client's public IPv4 (or IPv6) address, instead of trying a few internet hosts. */
  readonly srcIp?: string;
  /**
   * 6: the question is about IPv6 traffic (the resources' IPv6 addresses, IPv6 routes and rules);
   * also implied by an IPv6 address in `from`, `to` or `srcIp`. Absent or 4: IPv4.
   */
  readonly ipVersion?: 4 | 6;
}

/**
 * `unknown`: the hop where the analysis stops because it cannot know what happens (a prefix list
 * whose entries are not known decides, an external resource whose behaviour is not modelled).
 */
export type HopVerdict = 'pass' | 'block' | 'info' | 'unknown';

/**
 * What became of the traffic: `delivered` to the destination in the design; `exits` the modelled
 * network towards the internet, a VPN or an AWS service (known ways out); `blocked` on the way;
 * `unknown` when the analysis cannot know. `reachable` is true for delivered and exits.
 */
export const REACH_OUTCOMES = ['delivered', 'exits', 'blocked', 'unknown'] as const;
export type ReachOutcome = (typeof REACH_OUTCOMES)[number];

/** Where traffic that `exits` leaves, towards what. */
export interface ReachExit {
  /**
   * The component it leaves by: an internet gateway, an external resource (gateway endpoint), or
   * for a site-to-site VPN the customer gateway at its far end (the VPN connection without one).
   */
  readonly at: ResourceId;
  readonly towards: 'internet' | 'vpn' | 'aws-service';
}

/** Why an answer is `unknown`, and the component the analysis could not see past. */
export interface ReachUnknown {
  readonly at: ResourceId;
  readonly reason:
    'prefix-list-entries' | 'prefix-list-tie' | 'external-not-modelled' | 'targets-at-deploy' | 'nacl-rule-block';
}

export interface Hop {
  /** The component: a resource id, `internet`, or an address. */
  readonly resource: string;
  /** What the component is: instance, securityGroup, nacl, routeTable, igw, nat, peering, subnet, internet... */
  readonly kind: string;
  readonly verdict: HopVerdict;
  /** The exact rule or route that decided, in English: "acl-1 inbound rule 90: deny tcp 22 from 0.0.0.0/0". */
  readonly detail: string;
  readonly code?: ExplanationCode;
  /** The same information, structured (for translation). */
  readonly params: Record<string, string | number>;
  readonly direction: 'forward' | 'return';
}

export interface ReachabilityAnswer {
  /** True for `delivered` and `exits`. */
  readonly reachable: boolean;
  readonly outcome: ReachOutcome;
  /** For `exits`. */
  readonly exit?: ReachExit;
  /** For `unknown`. */
  readonly unknown?: ReachUnknown;
  readonly hops: Hop[];
  /** The component that blocked the path (outcome `blocked`). */
  readonly blockedAt?: ResourceId | 'internet';
  readonly code?: ExplanationCode;
  /** The packet as it left the source and as it arrived (after NAT / IGW translation). */
  readonly forward?: {
    readonly sourceAddress: string;
    readonly destinationAddress: string;
    readonly arrivedFrom?: string;
  };
}
