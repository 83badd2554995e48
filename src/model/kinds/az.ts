import { indexDesign } from '../graph.ts';
import type { Design } from '../types.ts';
import { defineKind } from './define.ts';
import { line } from './details.ts';

const ZONE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** The zone a new AZ in `parent` proposes: its Region's code and the next letter its siblings lack. */
function proposeZone(design: Design, parent: string | null): string {
  const index = indexDesign(design);
  const code = index.regionOf(parent)?.code ?? 'us-east-1';
  const siblings = new Set(
    index
      .children(parent)
      .filter((c) => c.kind === 'az')
      .map((c) => (c as { zone: string }).zone),
  );
  return code + (ZONE_LETTERS.find((l) => !siblings.has(code + l)) ?? 'a');
}

export const az = defineKind({
  kind: 'az',
  idPrefix: 'az',
  noun: 'Availability Zone',
  container: true,
  fields: (z) => ({ zone: z.string() }),
  notes: {
    zone: 'Zone name, e.g. `us-east-1a`; must belong to the region.',
  },
  parents: ['vpc'],
  size: { width: 300, height: 240 },
  group: 'container',
  order: 2,
  defaultName: 'AZ',
  bareNameWhenAlone: true,
  roles: {},
  refs: [],
  handles: { target: true, source: true },
  inspector: ['zone'],
  nameOf: (f) => f.zone,
  create: ({ design, parent }) => ({ zone: proposeZone(design as Design, parent) }),
  details: (r) => line(r.zone),
});
