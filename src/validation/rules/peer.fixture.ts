import { DesignBuilder } from '../testing/builder.ts';

/** Two VPCs with one subnet each and a peering connection; routes are up to the test. */
export function peered() {
  const b = new DesignBuilder();
  const r = b.region();
  const a = b.vpc(r, '10.0.0.0/16');
  const c = b.vpc(r, '10.1.0.0/16');
  const sa = b.subnet(b.az(a), '10.0.0.0/24');
  const sc = b.subnet(b.az(c), '10.1.0.0/24');
  const pcx = b.peering(a, c);
  return { b, a, c, sa, sc, pcx };
}
