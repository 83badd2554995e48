/**
 * Every inspector section, by the id the kind definitions list (`inspector: [...]` in
 * src/model/kinds/<kind>.ts). A `Record` over `InspectorSection`, so the compiler names a section
 * id that has no view yet; sections.test.ts checks that each kind lists only sections that accept it.
 */
import type { InspectorSection } from '../../model/index.ts';
import { RegionCodeSection, SubnetAddressingSection, VpcAddressingSection, ZoneSection } from './addressing.tsx';
import { NatGatewaySection, PeeringSection } from './gateways.tsx';
import { ExternalSection, PrefixListSection } from './imported.tsx';
import { GatewayEndpointSection, InterfaceEndpointSection } from './endpoints.tsx';
import { ListenersSection, NetworkInterfaceSection, TargetGroupSection } from './loadBalancing.tsx';
import { RouteTableAssociationsSection, RoutesSection } from './routing.tsx';
import { forKind, forRole, type InspectorSectionView } from './section.tsx';
import {
  CustomerGatewaySection,
  TgwAttachmentSection,
  TgwRouteTableSection,
  TransitGatewaySection,
  VpnConnectionSection,
  VpnGatewaySection,
} from './transit.tsx';
import { NaclAssociationsSection, NaclRulesSection, SecurityGroupRulesSection } from './security.tsx';
import {
  DatabaseSection,
  InstanceSection,
  LoadBalancerSection,
  SecurityGroupsSection,
  SubnetsAndGroupsSection,
  WhoCanReachSection,
} from './workloads.tsx';

export const SECTIONS: Readonly<Record<InspectorSection, InspectorSectionView>> = {
  regionCode: forKind('region', RegionCodeSection),
  vpcAddressing: forKind('vpc', VpcAddressingSection),
  zone: forKind('az', ZoneSection),
  subnetAddressing: forKind('subnet', SubnetAddressingSection),
  natGateway: forKind('nat', NatGatewaySection),
  routes: forKind('routeTable', RoutesSection),
  routeTableAssociations: forKind('routeTable', RouteTableAssociationsSection),
  naclRules: forKind('nacl', NaclRulesSection),
  naclAssociations: forKind('nacl', NaclAssociationsSection),
  securityGroupRules: forKind('securityGroup', SecurityGroupRulesSection),
  instance: forKind('instance', InstanceSection),
  loadBalancer: forKind('loadBalancer', LoadBalancerSection),
  database: forKind('rds', DatabaseSection),
  peering: forKind('peering', PeeringSection),
  external: forKind('external', ExternalSection),
  prefixList: forKind('prefixList', PrefixListSection),
  transitGateway: forKind('transitGateway', TransitGatewaySection),
  tgwAttachment: forKind('tgwAttachment', TgwAttachmentSection),
  tgwRouteTable: forKind('tgwRouteTable', TgwRouteTableSection),
  vpnGateway: forKind('vpnGateway', VpnGatewaySection),
  customerGateway: forKind('customerGateway', CustomerGatewaySection),
  vpnConnection: forKind('vpnConnection', VpnConnectionSection),
  securityGroups: forRole('securityGroupMember', SecurityGroupsSection),
  subnetsAndGroups: forRole('spansSubnets', SubnetsAndGroupsSection),
  whoCanReach: forRole('workload', WhoCanReachSection),
  gatewayEndpoint: forKind('gatewayEndpoint', GatewayEndpointSection),
  interfaceEndpoint: forKind('interfaceEndpoint', InterfaceEndpointSection),
  listeners: forKind('loadBalancer', ListenersSection),
  targetGroup: forKind('targetGroup', TargetGroupSection),
  networkInterface: forKind('networkInterface', NetworkInterfaceSection),
};
