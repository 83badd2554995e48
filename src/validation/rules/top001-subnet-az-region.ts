import { str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * TOP-001: a subnet sits in exactly one AZ [UG:configure-subnets], and the AZ belongs to the
 * VPC's Region: its zone name starts with the Region code (`us-east-1a` in `us-east-1`).
 */
export const top001 = defineRule({
  id: 'TOP-001',
  title: "A subnet must be in an Availability Zone of its VPC's Region.",
  variants: { 'no-az': 'error', 'wrong-region': 'error' },
  run(ctx, emit) {
    for (const s of ctx.index.ofKind('subnet')) {
      const az = ctx.index.azOf(s.id);
      const zone = az ? str(az.zone)?.trim() : undefined;
      if (!az || !zone) {
        emit('no-az', s.id);
        continue;
      }
      const region = ctx.index.regionOf(az.id);
      const code = region ? str(region.code)?.trim() : undefined;
      if (!region || !code) continue;
      if (!zone.startsWith(code) || zone.length === code.length) {
        emit('wrong-region', s.id, { zone, region: code }, [az.id, region.id]);
      }
    }
  },
});
