import { contains, formatCidr, overlaps, parseCidr, RFC1918, type Cidr } from '../../model/cidr.ts';
import { defineRule } from './rule.ts';

const LINK_LOCAL = (parseCidr('169.254.0.0/16') as { cidr: Cidr }).cidr;
const c = (t: string) => (parseCidr(t) as { cidr: Cidr }).cidr;
const TEN = RFC1918[0]!;
const ONE_SEVEN_TWO = RFC1918[1]!;
const ONE_NINE_TWO = RFC1918[2]!;
const R198_19 = c('198.19.0.0/16');
const R172_31 = c('172.31.0.0/16');
const R10_0_16 = c('10.0.0.0/16');
const R10_0_15 = c('10.0.0.0/15');

/**
 * The IPv4 CIDR block association restrictions table [UG:vpc-cidr-blocks] (2023): which secondary
 * blocks a VPC cannot add, given the range its primary block is in. Returns the reason, or null.
 */
export function restrictedSecondary(primary: Cidr, secondary: Cidr, others: readonly Cidr[] = []): string | null {
  // "If any of the CIDR blocks associated with the VPC are from the 10.0.0.0/15 range, you cannot
  // add a CIDR block from the 10.0.0.0/16 range" [UG:vpc-cidr-blocks]: any block, not just the primary.
  if ([primary, ...others].some((o) => contains(R10_0_15, o)) && overlaps(R10_0_16, secondary)) {
    return '10.0.0.0/16 while another block of the VPC is in 10.0.0.0/15';
  }
  const otherRfc1918 = (own: Cidr) =>
    RFC1918.some((r) => r !== own && overlaps(r, secondary))
      ? 'a different RFC 1918 range than the primary block'
      : null;
  if (contains(TEN, primary)) {
    return otherRfc1918(TEN) ?? (overlaps(R198_19, secondary) ? '198.19.0.0/16' : null);
  }
  if (contains(ONE_SEVEN_TWO, primary)) {
    if (overlaps(R172_31, secondary)) return '172.31.0.0/16 while the primary block is in 172.16.0.0/12';
    return otherRfc1918(ONE_SEVEN_TWO) ?? (overlaps(R198_19, secondary) ? '198.19.0.0/16' : null);
  }
  if (contains(ONE_NINE_TWO, primary)) {
    return otherRfc1918(ONE_NINE_TWO) ?? (overlaps(R198_19, secondary) ? '198.19.0.0/16' : null);
  }
  if (contains(R198_19, primary)) {
    return RFC1918.some((r) => overlaps(r, secondary))
      ? 'an RFC 1918 range while the primary block is in 198.19.0.0/16'
      : null;
  }
  // Publicly routable or 100.64.0.0/10 primary.
  if (RFC1918.some((r) => overlaps(r, secondary)))
    return 'an RFC 1918 range while the primary block is publicly routable';
  if (overlaps(R198_19, secondary)) return '198.19.0.0/16';
  return null;
}

/** CIDR-003: 169.254.0.0/16 cannot be assigned (E); restricted secondary associations (W). */
export const cidr003 = defineRule({
  id: 'CIDR-003',
  title: 'A VPC block cannot be link-local, and secondary blocks must respect the association restrictions.',
  variants: { 'link-local': 'error', 'restricted-secondary': 'warning' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const blocks = ctx.vpcBlocks(vpc.id);
      blocks.forEach((b, i) => {
        const cidr = formatCidr(b.cidr);
        if (overlaps(LINK_LOCAL, b.cidr)) {
          emit('link-local', vpc.id, {
            cidr,
          });
          return;
        }
        if (i === 0) return;
        const primary = blocks[0]!.cidr;
        const why = restrictedSecondary(
          primary,
          b.cidr,
          blocks.filter((_, j) => j !== i).map((x) => x.cidr),
        );
        if (why) {
          emit('restricted-secondary', vpc.id, { cidr, primary: formatCidr(primary), reason: why });
        }
      });
    }
  },
});
