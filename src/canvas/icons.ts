/**
 * Official AWS architecture icons (aws-icons, MIT) as asset URLs, one per kind. The set has no icon
 * for an Availability Zone, which AWS diagrams draw as a dashed blue group box: ours is that box.
 */
import type { Resource, ResourceKind } from '../model/index.ts';
import region from 'aws-icons/icons/architecture-group/Region.svg?url';
import vpc from 'aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg?url';
import publicSubnet from 'aws-icons/icons/architecture-group/Publicsubnet.svg?url';
import privateSubnet from 'aws-icons/icons/architecture-group/Privatesubnet.svg?url';
import igw from 'aws-icons/icons/resource/AmazonVPCInternetGateway.svg?url';
import nat from 'aws-icons/icons/resource/AmazonVPCNATGateway.svg?url';
import router from 'aws-icons/icons/resource/AmazonVPCRouter.svg?url';
import nacl from 'aws-icons/icons/resource/AmazonVPCNetworkAccessControlList.svg?url';
import shield from 'aws-icons/icons/resource/Shield.svg?url';
import instance from 'aws-icons/icons/resource/AmazonEC2Instance.svg?url';
import alb from 'aws-icons/icons/resource/ElasticLoadBalancingApplicationLoadBalancer.svg?url';
import rds from 'aws-icons/icons/architecture-service/AmazonRDS.svg?url';
import peering from 'aws-icons/icons/resource/AmazonVPCPeeringConnection.svg?url';
import transitGateway from 'aws-icons/icons/architecture-service/AWSTransitGateway.svg?url';
import tgwAttachment from 'aws-icons/icons/resource/AWSTransitGatewayAttachment.svg?url';
import vpnGateway from 'aws-icons/icons/resource/AmazonVPCVPNGateway.svg?url';
import vpnConnection from 'aws-icons/icons/resource/AmazonVPCVPNConnection.svg?url';
import customerGateway from 'aws-icons/icons/resource/AmazonVPCCustomerGateway.svg?url';
import endpoints from 'aws-icons/icons/resource/AmazonVPCEndpoints.svg?url';
import carrierGateway from 'aws-icons/icons/resource/AmazonVPCCarrierGateway.svg?url';
import eni from 'aws-icons/icons/resource/AmazonVPCElasticNetworkInterface.svg?url';
import gwlb from 'aws-icons/icons/resource/ElasticLoadBalancingGatewayLoadBalancer.svg?url';
import siteToSiteVpn from 'aws-icons/icons/architecture-service/AWSSitetoSiteVPN.svg?url';
import tgwRouteTable from 'aws-icons/icons/resource/AWSCloudWANTransitGatewayRouteTableAttachment.svg?url';
import nlb from 'aws-icons/icons/resource/ElasticLoadBalancingNetworkLoadBalancer.svg?url';
import generic from 'aws-icons/icons/category/NetworkingContentDelivery.svg?url';
import availabilityZone from './assets/AvailabilityZone.svg?url';
import cloud from 'aws-icons/icons/architecture-group/AWSCloud.svg?url';

export const KIND_ICON: Record<ResourceKind, string> = {
  region,
  vpc,
  az: availabilityZone,
  subnet: privateSubnet,
  igw,
  nat,
  routeTable: router,
  nacl,
  securityGroup: shield,
  instance,
  loadBalancer: alb,
  rds,
  peering,
  external: generic,
  prefixList: router,
  transitGateway,
  tgwAttachment,
  tgwRouteTable,
  vpnGateway,
  customerGateway,
  vpnConnection: siteToSiteVpn,
  gatewayEndpoint: endpoints,
  interfaceEndpoint: endpoints,
  egressOnlyIgw: igw,
  targetGroup: alb,
  networkInterface: eni,
};

/** An external resource's icon by its AWS type (`awsType`); the networking category icon otherwise. */
const EXTERNAL_ICON: Readonly<Record<string, string>> = {
  'transit-gateway': transitGateway,
  'transit-gateway-attachment': tgwAttachment,
  'transit-gateway-route-table': tgwAttachment,
  'vpn-gateway': vpnGateway,
  'vpn-connection': vpnConnection,
  'customer-gateway': customerGateway,
  'vpc-endpoint': endpoints,
  'egress-only-internet-gateway': igw,
  'carrier-gateway': carrierGateway,
  'local-gateway': carrierGateway,
  'network-interface': eni,
  'gateway-load-balancer': gwlb,
  'target-group': alb,
};

/** The icon of one resource: its kind's, or for an external resource the one of its AWS type. */
export function iconOf(r: Resource): string {
  if (r.kind === 'external') return Object.hasOwn(EXTERNAL_ICON, r.awsType) ? EXTERNAL_ICON[r.awsType]! : generic;
  if (r.kind === 'loadBalancer' && r.lbType === 'network') return nlb;
  return KIND_ICON[r.kind];
}

export const SUBNET_ICON = { public: publicSubnet, private: privateSubnet };
export const INTERNET_ICON = cloud;
