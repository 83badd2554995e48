import { indexDesign } from '../graph.ts';
import { newRecordId } from '../ids.ts';
import type { Design } from '../types.ts';
import { defineKind } from './define.ts';

/** The first table of a VPC is its main one; every table starts with the VPC's local routes. */
function mainAndLocalRoutes(
  design: Design,
  parent: string | null,
): { main: boolean; routes: { id: string; destination: string; target: string }[] } {
  const index = indexDesign(design);
  const vpc = index.vpcOf(parent);
  const hasMain = vpc ? index.children(vpc.id).some((c) => c.kind === 'routeTable' && c.main) : false;
  return {
    main: !hasMain,
    routes: (vpc?.cidrBlocks ?? []).map((b) => ({ id: newRecordId('r'), destination: b, target: 'local' })),
  };
}

/** Belongs to the VPC that is its `parent`. */
export const routeTable = defineKind({
  kind: 'routeTable',
  idPrefix: 'rtb',
  noun: 'route table',
  container: false,
  fields: (z, { refSchema, routeSchema }) => ({
    main: z.boolean(),
    routes: z.array(routeSchema),
    subnetIds: z.array(refSchema),
  }),
  notes: {
    main: "The VPC's main route table, used by every subnet without an explicit association.",
    routes: 'See Route below.',
    subnetIds: 'Subnets explicitly associated with this table.',
  },
  parents: ['vpc'],
  size: { width: 120, height: 92 },
  group: 'routing',
  order: 6,
  defaultName: 'rtb',
  roles: { subnetAssociation: true },
  refs: [
    { field: 'subnetIds', shape: 'list', to: ['subnet'], onDelete: 'drop', association: true },
    // Routes to a deleted target stay, as AWS keeps them: a blackhole the validator reports (RT-004).
    {
      field: 'routes',
      shape: 'records',
      key: 'target',
      to: { role: 'routeTarget' },
      onDelete: 'keep',
      special: ['local'],
      record: { noun: 'route', labelKey: 'destination' },
    },
  ],
  records: { routes: 'r' },
  handles: { target: true, source: true },
  inspector: ['routes', 'routeTableAssociations'],
  resetOnCopy: { main: false },
  create: ({ design, parent }) => ({ ...mainAndLocalRoutes(design as Design, parent), subnetIds: [] }),
  details: (r) => ({
    subtitle: { k: 'node.routes', p: { count: r.routes.length } },
    chips: r.main ? [{ key: 'main', label: 'main', textKey: 'node.main', tone: 'rtb' }] : [],
    variant: null,
  }),
});
