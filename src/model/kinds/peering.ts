import { defineKind } from './define.ts';
import { line } from './details.ts';

export const peering = defineKind({
  kind: 'peering',
  idPrefix: 'pcx',
  noun: 'peering connection',
  container: false,
  fields: (_z, { refSchema }) => ({ requesterVpcId: refSchema.nullable(), accepterVpcId: refSchema.nullable() }),
  notes: {
    requesterVpcId: 'One side.',
    accepterVpcId: 'The other side.',
  },
  parents: [null, 'region'],
  size: { width: 120, height: 92 },
  group: 'connection',
  order: 12,
  defaultName: 'peering',
  roles: { routeTarget: true },
  refs: [
    { field: 'requesterVpcId', shape: 'single', to: ['vpc'], onDelete: 'drop' },
    { field: 'accepterVpcId', shape: 'single', to: ['vpc'], onDelete: 'drop' },
  ],
  handles: { target: true, source: true },
  inspector: ['peering'],
  create: () => ({ requesterVpcId: null, accepterVpcId: null }),
  details: (r, ctx) => line(`${ctx.vpcName(r.requesterVpcId) ?? '?'} ↔ ${ctx.vpcName(r.accepterVpcId) ?? '?'}`),
});
