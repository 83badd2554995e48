import type { SgRule } from '../../model/types.ts';
import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * SG-003: a rule may reference a security group of the same VPC or of a VPC peered in the same
 * Region [PG:vpc-peering-security-groups].
 */
export const sg003 = defineRule({
  id: 'SG-003',
  title: 'A referenced security group must be in the same VPC or a peered VPC in the same Region.',
  variants: { missing: 'error', 'not-peered': 'error', 'cross-region-peer': 'error' },
  run(ctx, emit) {
    for (const sg of ctx.index.ofKind('securityGroup')) {
      const own = ctx.index.vpcOf(sg.id);
      if (!own) continue;
      for (const [field, rules] of [
        ['ingress', sg.ingress],
        ['egress', sg.egress],
      ] as const) {
        for (const r of objects<SgRule>(rules)) {
          const refId = str(r.sourceSg);
          if (refId === null) continue;
          const ref = ctx.index.getKind(refId, 'securityGroup');
          if (!ref) {
            emit('missing', sg.id, {
              ref: refId,
              direction: field,
            });
            continue;
          }
          const other = ctx.index.vpcOf(ref.id);
          if (!other || other.id === own.id) continue;
          const peered = ctx.peeringsOf(own.id).some((p) => ctx.peerOf(p, own.id)?.id === other.id);
          if (!peered) {
            emit(
              'not-peered',
              sg.id,
              {
                ref: ref.id,
                direction: field,
                vpc: own.id,
                otherVpc: other.id,
              },
              [ref.id],
            );
            continue;
          }
          const ra = ctx.index.regionOf(own.id);
          const rb = ctx.index.regionOf(other.id);
          const ca = ra ? str(ra.code) : null;
          const cb = rb ? str(rb.code) : null;
          if (ca && cb && ca !== cb) {
            emit(
              'cross-region-peer',
              sg.id,
              {
                ref: ref.id,
                direction: field,
                region: ca,
                otherRegion: cb,
              },
              [ref.id],
            );
          }
        }
      }
    }
  },
});
