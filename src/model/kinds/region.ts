import { defineKind } from './define.ts';
import { line } from './details.ts';

export const region = defineKind({
  kind: 'region',
  idPrefix: 'region',
  noun: 'Region',
  container: true,
  fields: (z) => ({ code: z.string() }),
  notes: {
    code: 'AWS Region code, e.g. `us-east-1`.',
  },
  parents: [null],
  size: { width: 640, height: 440 },
  group: 'container',
  order: 0,
  defaultName: 'Region',
  bareNameWhenAlone: true,
  roles: {},
  refs: [],
  handles: { target: true, source: true },
  inspector: ['regionCode'],
  create: () => ({ code: 'us-east-1' }),
  details: (r) => line(r.code),
});
