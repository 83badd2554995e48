/**
 * The matrix against the path engine: for random designs and random concrete packets, the matrix
 * says a packet gets through exactly when `analyzeReachability` says it is reachable (delivered,
 * or out by a known way), and that its fate is unknown exactly when the engine's outcome is
 * `unknown`. The client uses any ephemeral source port (1024–65535), as a query without `srcPort`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intToIp, isRfc1918Ip } from '../../model/cidr.ts';
import type { Design, IpProtocol } from '../../model/types.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import { analyzeReachability } from '../reachability/analyze.ts';
import { mutatedDesign } from '../testing/arbitrary.ts';
import { applyEdit, edits, startDesigns } from '../testing/edits.ts';
import { filteredDesign } from '../testing/filtered.ts';
import { witnessDesigns } from '../testing/witnesses.ts';
import { engineFor } from './access.ts';
import type { InVpc } from '../reachability/endpoints.ts';
import { addressFacts, defaultEndpoints, INTERNET_ENDPOINT, resourceEndpoint } from './endpoints.ts';
import { accessBetween, contains } from './index.ts';

const BASES: Design[] = [...startDesigns(), ...witnessDesigns()];

/** A base design, edited a few times the way the app edits (testing/edits.ts). */
const editedDesign = fc.tuple(fc.nat(BASES.length - 1), edits(6)).map(([i, steps]) => {
  let d = BASES[i]!;
  const history: Design[] = [d];
  steps.forEach((e, k) => {
    d = applyEdit(d, e, history, k);
    history.push(d);
  });
  return d;
});

const protocol = fc.constantFrom<IpProtocol>('tcp', 'tcp', 'tcp', 'udp', 'icmp', 50, 47);
const port = fc.oneof(
  fc.constantFrom(0, 22, 53, 80, 443, 1023, 1024, 3306, 5432, 8080, 65535),
  fc.integer({ min: 0, max: 65535 }),
);

/** An outside address: next to a boundary the design draws, or anywhere. */
function outsideAddress(ctx: ValidationContext, pick: number, jitter: number): number | null {
  const starts = addressFacts(ctx).starts;
  const raw =
    pick % 3 === 0 ? pick >>> 0 : ((starts[pick % starts.length]! + (jitter % 3) - 1 + 2 ** 32) % 2 ** 32) >>> 0;
  if (isRfc1918Ip(raw)) return null;
  if (addressFacts(ctx).inside.some(([a, b]) => raw >= a && raw <= b)) return null;
  return raw;
}

function check(d: Design, src: number, dst: number, proto: IpProtocol, p: number, pick: number, jitter: number) {
  const ctx = buildContext(d);
  const eps = defaultEndpoints(ctx).filter((e) => e.kind === 'resource');
  const addr = outsideAddress(ctx, pick, jitter);
  // Sources and destinations: a workload, or (index = eps.length) an internet address.
  const n = eps.length + (addr === null ? 0 : 1);
  if (n < 1) return;
  const s = src % n;
  const t = dst % n;
  if (s === eps.length && t === eps.length) return;
  const from = s < eps.length ? (eps[s] as { id: string }).id : 'internet';
  const to = t < eps.length ? (eps[t] as { id: string }).id : intToIp(addr!);
  const query = { from, to, protocol: proto, port: p, ...(from === 'internet' ? { srcIp: intToIp(addr!) } : {}) };
  const answer = analyzeReachability(d, query);

  // The part of the internet that holds the address, or the resource.
  const engine = engineFor(ctx);
  // The resource's part, and the class of internet addresses (as seen from it) that holds the address.
  const res = engine.partsOf(s < eps.length ? eps[s]! : eps[t]!)[0]!;
  const inet = () => engine.partsOf(INTERNET_ENDPOINT, res.ep as InVpc).find((x) => x.lo <= addr! && addr! <= x.hi)!;
  const sp = s < eps.length ? engine.partsOf(eps[s]!)[0]! : inet();
  const dp = t < eps.length ? engine.partsOf(eps[t]!)[0]! : inet();
  const r = engine.evaluator.evaluate(engine.shape(sp, dp));
  const label = `${from} -> ${to} ${proto} ${p}: ${answer.outcome} ${answer.code ?? ''}`;
  expect(contains(r.allowed, proto, p), label).toBe(answer.reachable);
  expect(contains(r.unknown, proto, p), label).toBe(answer.outcome === 'unknown');

  // The whole cell holds what one of its parts lets through.
  const srcEp = s < eps.length ? eps[s]! : INTERNET_ENDPOINT;
  const dstEp = t < eps.length ? eps[t]! : INTERNET_ENDPOINT;
  const cell = accessBetween(ctx, srcEp, dstEp);
  if (answer.reachable) expect(contains(cell.allowed, proto, p), label).toBe(true);
  if (answer.outcome === 'unknown')
    expect(contains(cell.allowed, proto, p) || contains(cell.unknown, proto, p), label).toBe(true);
}

const packet = fc.tuple(fc.nat(), fc.nat(), protocol, port, fc.nat(), fc.nat());

describe('the access matrix agrees with analyzeReachability', () => {
  it('on edited designs (the app edits of the start and witness designs), for random packets', () => {
    fc.assert(
      fc.property(editedDesign, fc.array(packet, { minLength: 1, maxLength: 8 }), (d, packets) => {
        for (const [s, t, proto, p, pick, jitter] of packets) check(d, s, t, proto, p, pick, jitter);
      }),
      { numRuns: 150 },
    );
  });

  it('on designs whose filters decide (random NACL and group rules, listeners, peering), for random packets', () => {
    fc.assert(
      fc.property(filteredDesign, fc.array(packet, { minLength: 1, maxLength: 12 }), (d, packets) => {
        for (const [s, t, proto, p, pick, jitter] of packets) check(d, s, t, proto, p, pick, jitter);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated designs (random field values, garbage included), for random packets', () => {
    fc.assert(
      fc.property(mutatedDesign, fc.array(packet, { minLength: 1, maxLength: 8 }), (d, packets) => {
        for (const [s, t, proto, p, pick, jitter] of packets) check(d, s, t, proto, p, pick, jitter);
      }),
      { numRuns: 200 },
    );
  });

  it('the internet cell holds what the engine finds for the default internet host', () => {
    fc.assert(
      fc.property(editedDesign, fc.nat(), protocol, port, (d, i, proto, p) => {
        const ctx = buildContext(d);
        const eps = defaultEndpoints(ctx).filter((e) => e.kind === 'resource') as { id: string }[];
        if (!eps.length) return;
        const id = eps[i % eps.length]!.id;
        const a = analyzeReachability(d, { from: 'internet', to: id, protocol: proto, port: p });
        const cell = accessBetween(ctx, INTERNET_ENDPOINT, resourceEndpoint(id));
        if (a.reachable) expect(contains(cell.allowed, proto, p)).toBe(true);
        const out = analyzeReachability(d, { from: id, to: 'internet', protocol: proto, port: p });
        const back = accessBetween(ctx, resourceEndpoint(id), INTERNET_ENDPOINT);
        if (out.reachable) expect(contains(back.allowed, proto, p)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
