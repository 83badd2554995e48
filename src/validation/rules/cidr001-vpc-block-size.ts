import { parseCidr } from '../../model/cidr.ts';
import { list, printable } from '../safe.ts';
import { defineRule } from './rule.ts';

/** CIDR-001: each VPC block is /16–/28 [UG:vpc-cidr-blocks]. */
export const cidr001 = defineRule({
  id: 'CIDR-001',
  title: 'A VPC CIDR block must be a valid block between /16 and /28.',
  variants: { 'no-blocks': 'error', invalid: 'error', 'prefix-out-of-range': 'error' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const blocks = list<unknown>(vpc.cidrBlocks);
      if (blocks.length === 0) {
        emit('no-blocks', vpc.id);
        continue;
      }
      for (const b of blocks) {
        const p = typeof b === 'string' ? parseCidr(b) : null;
        if (!p || !p.ok) {
          emit('invalid', vpc.id, {
            cidr: printable(b),
          });
        } else if (p.cidr.prefix < 16 || p.cidr.prefix > 28) {
          emit('prefix-out-of-range', vpc.id, { cidr: b as string, prefix: p.cidr.prefix });
        }
      }
    }
  },
});
