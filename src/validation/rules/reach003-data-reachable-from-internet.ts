import { INTERNET } from '../../model/kinds/index.ts';
import type { Resource } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { effectiveSgs, protocolMatches } from '../reachability/sg.ts';
import { reach } from '../reachability/whoCanReach.ts';
import { defineRule } from './rule.ts';

/**
 * Cheap pre-filter: an internet source can only match an ingress rule with a CIDR (SG references
 * match private IPs), so a port no such rule opens cannot be reachable and needs no path analysis.
 */
function openToCidrs(ctx: ValidationContext, r: Resource, port: number): boolean {
  return effectiveSgs(ctx, r).some((sg) =>
    sg.ingress.some((rule) => !!ctx.cidr(rule.cidr) && protocolMatches(rule, 'tcp', port)),
  );
}

/** Ports of common data stores: MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB. */
export const DATA_PORTS: readonly number[] = [3306, 5432, 1433, 1521, 6379, 27017];

/**
 * REACH-003: a database, or a data port of any resource, reachable from the internet through an
 * IGW [NAA All-IGW-Ingress; CKV_AWS_17]. Only resources with a public address can be reached
 * through an IGW, so only those are analysed.
 */
export const reach003 = defineRule({
  id: 'REACH-003',
  title: 'A database or data port should not be reachable from the internet.',
  variants: { 'rds-internet-reachable': 'warning', 'data-port-internet-reachable': 'warning' },
  run(ctx, emit) {
    for (const db of ctx.index.ofKind('rds')) {
      if (db.publiclyAccessible !== true || typeof db.port !== 'number' || !openToCidrs(ctx, db, db.port)) continue;
      const a = reach(ctx, INTERNET, db.id, db.port);
      if (a.reachable) {
        const from = a.forward?.arrivedFrom ?? 'the internet';
        emit('rds-internet-reachable', db.id, { port: db.port, from });
      }
    }
    for (const i of ctx.index.ofKind('instance')) {
      if (i.publicIp !== 'auto' && i.publicIp !== 'elastic') continue;
      const ports = DATA_PORTS.filter((p) => openToCidrs(ctx, i, p));
      if (ports.length === 0) continue;
      // whoCanReach restricted to the internet and the data ports, keeping each answer for its source address.
      for (const port of ports) {
        const a = reach(ctx, INTERNET, i.id, port);
        if (!a.reachable) continue;
        const from = a.forward?.arrivedFrom ?? 'the internet';
        emit('data-port-internet-reachable', i.id, { port, from });
      }
    }
  },
});
