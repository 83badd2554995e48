import { list } from '../safe.ts';
import { naclRules } from '../nacl.ts';
import { defineRule } from './rule.ts';

/** NACL-005: hygiene of custom NACLs [AVD-AWS-0102; CKV_AWS_352; CKV2_AWS_1]. */
export const nacl005 = defineRule({
  id: 'NACL-005',
  title:
    'A custom network ACL should not open all ports to 0.0.0.0/0, should allow something, and should be associated with a subnet.',
  variants: { 'all-ports-open': 'info', 'no-allow-rules': 'info', unassociated: 'info' },
  run(ctx, emit) {
    for (const acl of ctx.index.ofKind('nacl')) {
      if (acl.isDefault === true) continue;
      const inbound = naclRules(acl, 'inbound');
      for (const r of inbound) {
        if (
          r.allow &&
          r.cidr.prefix === 0 &&
          (r.protocol === 'tcp' || r.protocol === 'udp') &&
          r.from <= 1 &&
          r.to >= 65535
        ) {
          emit('all-ports-open', acl.id, {
            number: r.number,
            protocol: r.protocol,
          });
        }
      }
      if (![...inbound, ...naclRules(acl, 'outbound')].some((r) => r.allow)) {
        emit('no-allow-rules', acl.id);
      }
      const subnets = list<unknown>(acl.subnetIds).filter((id) =>
        ctx.index.getKind(typeof id === 'string' ? id : null, 'subnet'),
      );
      if (subnets.length === 0) {
        emit('unassociated', acl.id);
      }
    }
  },
});
