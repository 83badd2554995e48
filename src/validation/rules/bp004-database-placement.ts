import { defineRule } from './rule.ts';
import { spannedSubnets, zonesOf } from './bp.ts';

/**
 * BP-004: a DB subnet group must cover at least two AZs (RDS rejects it with
 * DBSubnetGroupDoesNotCoverEnoughAZs); databases should not be publicly accessible [CKV_AWS_17].
 */
export const bp004 = defineRule({
  id: 'BP-004',
  title: 'A DB subnet group must cover two Availability Zones, and a database should not be publicly accessible.',
  variants: { 'subnet-group-single-az': 'error', 'publicly-accessible': 'warning' },
  run(ctx, emit) {
    for (const db of ctx.index.ofKind('rds')) {
      const subnets = spannedSubnets(ctx, db);
      if (subnets.length > 0) {
        const zones = zonesOf(ctx, subnets);
        if (zones.length < 2) {
          emit('subnet-group-single-az', db.id, {
            zones: zones.join(', '),
            count: zones.length,
          });
        }
      }
      if (db.publiclyAccessible === true) {
        emit('publicly-accessible', db.id);
      }
    }
  },
});
