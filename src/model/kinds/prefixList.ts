import { defineKind } from './define.ts';
import { line } from './details.ts';

/**
 * A managed prefix list (`pl-…`): a named set of CIDR blocks that security group rules and routes can
 * name. `aws ec2 describe-managed-prefix-lists` does not print the entries (that is
 * `get-managed-prefix-list-entries`), so they may be unknown (`null`): then the analysis answers
 * "unknown" wherever the list decides the outcome. Imported only; not in the palette.
 */
export const prefixList = defineKind({
  kind: 'prefixList',
  idPrefix: 'pl',
  noun: 'prefix list',
  container: false,
  fields: (z) => ({
    addressFamily: z.enum(['IPv4', 'IPv6']),
    entries: z.array(z.string()).nullable(),
  }),
  notes: {
    addressFamily: 'Whether the entries are IPv4 or IPv6 blocks.',
    entries: 'The CIDR blocks, or null when they are not known (an AWS-managed list such as S3’s).',
  },
  parents: [null, 'region'],
  size: { width: 120, height: 92 },
  group: 'connection',
  order: 14,
  defaultName: 'prefix-list',
  palette: false,
  roles: {},
  refs: [],
  handles: { target: false, source: false },
  inspector: ['prefixList'],
  create: () => ({ addressFamily: 'IPv4', entries: [] }),
  details: (r) =>
    line(r.entries === null ? { k: 'node.entriesUnknown' } : { k: 'node.entries', p: { count: r.entries.length } }),
});
