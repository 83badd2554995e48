import { formatCidr } from '../../model/cidr.ts';
import { defineRule } from './rule.ts';
import { parsedRoutes } from './routes.ts';

/** RT-001: every table has a local route per VPC block; a VPC has exactly one main table [UG:VPC_Route_Tables]. */
export const rt001 = defineRule({
  id: 'RT-001',
  title: 'Every route table needs a local route for each VPC block, and each VPC exactly one main route table.',
  variants: { 'missing-local': 'error', 'no-main': 'error', 'multiple-main': 'error' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const tables = ctx.routeTablesOf(vpc.id);
      const mains = tables.filter((t) => t.main === true);
      if (mains.length === 0) {
        emit('no-main', vpc.id);
      } else if (mains.length > 1) {
        const ids = mains.map((t) => t.id);
        emit(
          'multiple-main',
          vpc.id,
          {
            count: mains.length,
            tables: ids.join(', '),
          },
          ids,
        );
      }
      const blocks = ctx.vpcBlocks(vpc.id);
      for (const t of tables) {
        const locals = parsedRoutes(ctx, t).filter((r) => r.target === 'local');
        for (const b of blocks) {
          if (!locals.some((l) => l.destination.base === b.cidr.base && l.destination.prefix === b.cidr.prefix)) {
            const cidr = formatCidr(b.cidr);
            emit('missing-local', t.id, {
              cidr,
              vpc: vpc.id,
            });
          }
        }
      }
    }
  },
});
