import { defineRule } from './rule.ts';

/** TOP-003: a subnet has exactly one route table [cfn-lint E3022] and one NACL [UG:vpc-network-acls]. */
export const top003 = defineRule({
  id: 'TOP-003',
  title: 'A subnet can be associated with only one route table and one network ACL.',
  variants: { 'multiple-route-tables': 'error', 'multiple-nacls': 'error' },
  run(ctx, emit) {
    for (const s of ctx.index.ofKind('subnet')) {
      const rts = ctx.explicitRouteTables(s.id);
      if (rts.length > 1) {
        const ids = rts.map((t) => t.id);
        emit(
          'multiple-route-tables',
          s.id,
          {
            count: rts.length,
            tables: ids.join(', '),
            used: ids[0]!,
          },
          ids,
        );
      }
      const acls = ctx.explicitNacls(s.id);
      if (acls.length > 1) {
        const ids = acls.map((t) => t.id);
        emit(
          'multiple-nacls',
          s.id,
          {
            count: acls.length,
            nacls: ids.join(', '),
            used: ids[0]!,
          },
          ids,
        );
      }
    }
  },
});
