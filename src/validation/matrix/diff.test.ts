import { describe, expect, it } from 'vitest';
import { updateResource } from '../../model/ops.ts';
import type { SecurityGroup } from '../../model/types.ts';
import { sgRule, webApp } from '../testing/builder.ts';
import { diffAccess, format } from './index.ts';

/** The two-tier design, and the same with the web tier's group opened on 8443 instead of 443 and the app's on 9090 too. */
function before() {
  const { b, web, webSg, appSg } = webApp();
  const a = b.build();
  let edited = updateResource<SecurityGroup>(a, webSg, { ingress: [sgRule('tcp', 8443, '0.0.0.0/0')] });
  edited = updateResource<SecurityGroup>(edited, appSg, {
    ingress: [sgRule('tcp', 8080, webSg), sgRule('tcp', 9090, webSg)],
  });
  return { a, b: edited, web };
}

describe('diffAccess', () => {
  it('gives what each side allows that the other does not, with a packet of it and its path', () => {
    const { a, b, web } = before();
    const d = diffAccess(a, b);
    const cell = d.cells.find((c) => c.src.label === 'internet' && c.dst.a.kind === 'resource' && c.dst.a.id === web)!;
    expect(format(cell.added)).toBe('tcp 8443');
    expect(format(cell.removed)).toBe('tcp 443');
    expect(cell.addedWitness?.packet.port).toBe(8443);
    expect(cell.addedWitness?.answer.reachable).toBe(true);
    expect(cell.removedWitness?.packet.port).toBe(443);
    expect(cell.removedWitness?.verdict).toBe('allowed');
  });

  it('gives witnesses for the first maxWitnesses cells only, each computed when first read', () => {
    const { a, b } = before();
    const d = diffAccess(a, b, { maxWitnesses: 1 });
    expect(d.cells.length).toBeGreaterThan(1);
    const [first, ...rest] = d.cells;
    // Not computed yet: a getter, until read.
    expect(typeof Object.getOwnPropertyDescriptor(first!, 'addedWitness')?.get).toBe('function');
    const w = first!.addedWitness;
    expect(w).toBeDefined();
    expect(first!.addedWitness).toBe(w);
    for (const c of rest) {
      expect(c.addedWitness).toBeUndefined();
      expect(c.removedWitness).toBeUndefined();
    }
    // Plain data once read: JSON holds the witness.
    expect(JSON.parse(JSON.stringify(first)).addedWitness.packet.port).toBe(w!.packet.port);
  });
});
