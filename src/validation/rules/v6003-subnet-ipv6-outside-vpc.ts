import { UNKNOWN_IPV6, cidr6OrNull, within6 } from '../../model/cidr6.ts';
import { list } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * V6-003: a subnet's IPv6 block must be a /64 inside one of its VPC's IPv6 blocks
 * (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html#subnet-sizing-ipv6). A block
 * Amazon assigns at deploy (`unknown`) is not judged.
 */
export const v6003 = defineRule({
  id: 'V6-003',
  title: 'A subnet’s IPv6 block is not a /64 inside its VPC’s IPv6 block.',
  variants: { invalid: 'error', 'no-vpc-block': 'error', 'outside-vpc': 'error', 'not-64': 'error' },
  run(ctx, emit) {
    for (const s of ctx.index.ofKind('subnet')) {
      const text = s.ipv6Cidr;
      if (typeof text !== 'string' || text === '' || text === UNKNOWN_IPV6) continue;
      const c = cidr6OrNull(text);
      if (!c) {
        emit('invalid', s.id, { cidr: text });
        continue;
      }
      if (c.prefix !== 64) emit('not-64', s.id, { cidr: text, prefix: c.prefix });
      const vpc = ctx.index.vpcOf(s.id);
      if (!vpc) continue;
      const texts = list<unknown>(vpc.ipv6CidrBlocks).filter((b): b is string => typeof b === 'string');
      if (texts.includes(UNKNOWN_IPV6)) continue;
      const blocks = texts.map(cidr6OrNull).filter((b) => b !== null);
      if (blocks.length === 0) emit('no-vpc-block', s.id, { cidr: text, vpc: vpc.id });
      else if (!blocks.some((b) => within6(c, b)))
        emit('outside-vpc', s.id, { cidr: text, vpc: vpc.id, vpcBlocks: texts.join(', ') });
    }
  },
});
