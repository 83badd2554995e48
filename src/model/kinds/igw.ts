import { defineKind } from './define.ts';
import { line } from './details.ts';

/** Attached to the VPC that is its `parent`; an internet gateway outside a VPC is detached. */
export const igw = defineKind({
  kind: 'igw',
  idPrefix: 'igw',
  noun: 'internet gateway',
  container: false,
  fields: () => ({}),
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'gateway',
  order: 4,
  defaultName: 'igw',
  roles: { routeTarget: true },
  refs: [],
  handles: { target: true, source: true },
  inspector: [],
  create: () => ({}),
  details: (r, ctx) => line({ k: ctx.vpcName(r.parent) !== undefined ? 'node.attached' : 'node.detached' }),
});
