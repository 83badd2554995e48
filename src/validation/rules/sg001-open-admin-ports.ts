import type { SgRule } from '../../model/types.ts';
import { objects } from '../safe.ts';
import { defineRule } from './rule.ts';

const ADMIN_PORTS = [22, 3389] as const;

/** SG-001: ingress from 0.0.0.0/0 to SSH/RDP or all protocols [CKV_AWS_24/25/277; AVD-AWS-0107; cfn_nag W2/W9]. */
export const sg001 = defineRule({
  id: 'SG-001',
  title: 'A security group should not allow SSH (22), RDP (3389) or all traffic from 0.0.0.0/0.',
  variants: { 'admin-port-open': 'warning', 'all-protocols': 'warning' },
  run(ctx, emit) {
    for (const sg of ctx.index.ofKind('securityGroup')) {
      for (const r of objects<SgRule>(sg.ingress)) {
        const c = ctx.cidr(r.cidr);
        if (!c || c.prefix !== 0) continue;
        if (r.protocol === 'all') {
          emit('all-protocols', sg.id, {
            cidr: r.cidr!,
          });
          continue;
        }
        if (r.protocol !== 'tcp' || !Number.isInteger(r.fromPort) || !Number.isInteger(r.toPort)) continue;
        for (const port of ADMIN_PORTS) {
          if (port >= r.fromPort && port <= r.toPort) {
            emit('admin-port-open', sg.id, {
              port,
              cidr: r.cidr!,
            });
          }
        }
      }
    }
  },
});
