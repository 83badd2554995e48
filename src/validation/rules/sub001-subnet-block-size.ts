import { parseCidr } from '../../model/cidr.ts';
import { printable } from '../safe.ts';
import { defineRule } from './rule.ts';

/** SUB-001: a subnet block is /16–/28 [UG:subnet-sizing]. */
export const sub001 = defineRule({
  id: 'SUB-001',
  title: 'A subnet CIDR block must be a valid block between /16 and /28.',
  variants: { invalid: 'error', 'prefix-out-of-range': 'error' },
  run(ctx, emit) {
    for (const s of ctx.index.ofKind('subnet')) {
      const p = typeof s.cidr === 'string' ? parseCidr(s.cidr) : null;
      if (!p || !p.ok) {
        emit('invalid', s.id, {
          cidr: printable(s.cidr),
        });
      } else if (p.cidr.prefix < 16 || p.cidr.prefix > 28) {
        emit('prefix-out-of-range', s.id, {
          cidr: s.cidr,
          prefix: p.cidr.prefix,
        });
      }
    }
  },
});
