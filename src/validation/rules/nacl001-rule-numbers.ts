import type { NaclRule } from '../../model/types.ts';
import { objects, printable } from '../safe.ts';
import { defineRule } from './rule.ts';

/** NACL-001: rule numbers are 1–32766 and unique per direction [UG:vpc-network-acls; cfn_nag F79]. */
export const nacl001 = defineRule({
  id: 'NACL-001',
  title: 'Network ACL rule numbers must be between 1 and 32766 and unique in each direction.',
  variants: { 'number-out-of-range': 'error', 'duplicate-number': 'error' },
  run(ctx, emit) {
    for (const acl of ctx.index.ofKind('nacl')) {
      const seen = { inbound: new Set<number>(), outbound: new Set<number>() };
      for (const r of objects<NaclRule>(acl.rules)) {
        const dir = r.direction === 'outbound' ? 'outbound' : 'inbound';
        if (!Number.isInteger(r.number) || r.number < 1 || r.number > 32766) {
          emit('number-out-of-range', acl.id, {
            number: printable(r.number),
            direction: dir,
          });
          continue;
        }
        if (seen[dir].has(r.number)) {
          emit('duplicate-number', acl.id, {
            number: r.number,
            direction: dir,
          });
        } else seen[dir].add(r.number);
      }
    }
  },
});
