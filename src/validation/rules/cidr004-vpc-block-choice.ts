import { formatCidr, isRfc1918, overlaps, parseCidr, type Cidr } from '../../model/cidr.ts';
import { defineRule } from './rule.ts';

const DOCKER = (parseCidr('172.17.0.0/16') as { cidr: Cidr }).cidr;
/** Default quota of IPv4 blocks per VPC (adjustable up to 50) [UG:amazon-vpc-limits]. */
export const DEFAULT_BLOCK_QUOTA = 5;

/** CIDR-004: recommendations on the choice of VPC blocks. */
export const cidr004 = defineRule({
  id: 'CIDR-004',
  title: 'VPC blocks should be RFC 1918, avoid 172.17.0.0/16, and stay within the default quota of 5.',
  variants: { 'not-rfc1918': 'info', 'docker-overlap': 'warning', 'too-many-blocks': 'warning' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const blocks = ctx.vpcBlocks(vpc.id);
      for (const b of blocks) {
        const cidr = formatCidr(b.cidr);
        if (!isRfc1918(b.cidr)) {
          emit('not-rfc1918', vpc.id, {
            cidr,
          });
        }
        if (overlaps(DOCKER, b.cidr)) {
          emit('docker-overlap', vpc.id, { cidr });
        }
      }
      if (blocks.length > DEFAULT_BLOCK_QUOTA) {
        emit('too-many-blocks', vpc.id, { count: blocks.length, quota: DEFAULT_BLOCK_QUOTA });
      }
    }
  },
});
