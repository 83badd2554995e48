/**
 * Official AWS architecture icons (aws-icons, MIT) as asset URLs, one per kind. The set has no icon
 * for an Availability Zone, which AWS diagrams draw as a dashed blue group box: ours is that box.
 */
import type { ResourceKind } from '../model/index.ts';
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
};

export const SUBNET_ICON = { public: publicSubnet, private: privateSubnet };
export const INTERNET_ICON = cloud;
