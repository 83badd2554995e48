/**
 * A small, readable test design: region > VPC > two AZs > public + private subnets, with an
 * IGW, route tables, a NACL and security groups. Built with the catalog's factory, so it
 * carries exactly the defaults a user gets from the palette.
 */
import type { Design, Resource, ResourceKind } from '../model/index.ts';
import { addResource } from '../model/ops.ts';
import { createResource } from '../catalog/index.ts';
import { emptyDesign } from '../store/designStore.ts';

function add(
  design: Design,
  kind: ResourceKind,
  parent: string | null,
  patch: Partial<Resource> = {},
  pos = { x: 24, y: 44 },
): [Design, Resource] {
  const r = { ...createResource(design, kind, parent, pos), ...patch } as Resource;
  return [addResource(design, r), r];
}

export function twoAzDesign() {
  let d = emptyDesign('two-az');
  let region, vpc, azA, azB, pubA, privA, pubB, igw, rtPub, web, db, sgWeb, sgDb;
  [d, region] = add(d, 'region', null, {}, { x: 0, y: 0 });
  [d, vpc] = add(d, 'vpc', region.id);
  [d, azA] = add(d, 'az', vpc.id, {}, { x: 24, y: 180 });
  [d, azB] = add(d, 'az', vpc.id, {}, { x: 430, y: 180 });
  [d, pubA] = add(d, 'subnet', azA.id);
  [d, privA] = add(d, 'subnet', azA.id, {}, { x: 24, y: 228 });
  [d, pubB] = add(d, 'subnet', azB.id);
  [d, igw] = add(d, 'igw', vpc.id, {}, { x: 24, y: 44 });
  [d, rtPub] = add(d, 'routeTable', vpc.id, {}, { x: 168, y: 44 });
  [d, sgWeb] = add(d, 'securityGroup', vpc.id, {}, { x: 312, y: 44 });
  [d, sgDb] = add(d, 'securityGroup', vpc.id, {}, { x: 456, y: 44 });
  [d, web] = add(d, 'instance', pubA.id, { securityGroupIds: [sgWeb.id] } as Partial<Resource>);
  [d, db] = add(d, 'rds', privA.id, { securityGroupIds: [sgDb.id] } as Partial<Resource>);
  return { d, region, vpc, azA, azB, pubA, privA, pubB, igw, rtPub, web, db, sgWeb, sgDb };
}
