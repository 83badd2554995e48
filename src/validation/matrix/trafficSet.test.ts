import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL,
  EMPTY,
  contains,
  equals,
  format,
  intersect,
  isEmpty,
  ports,
  requireRange,
  sample,
  subtract,
  traffic,
  union,
  type TrafficSet,
} from './trafficSet.ts';

const PROTOS = ['tcp', 'udp', 'icmp', 50, 47] as const;
const part = fc.oneof(
  fc.constant(ALL),
  fc
    .tuple(fc.constantFrom(...PROTOS), fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }))
    .map(([p, a, b]) => traffic(p, Math.min(a, b), Math.max(a, b))),
);
const set: fc.Arbitrary<TrafficSet> = fc
  .array(fc.tuple(fc.boolean(), part), { maxLength: 5 })
  .map((ops) => ops.reduce<TrafficSet>((acc, [add, p]) => (add ? union(acc, p) : subtract(acc, p)), EMPTY));
const packet = fc.tuple(fc.constantFrom(...PROTOS), fc.constantFrom(0, 1, 22, 80, 443, 1024, 65535));

describe('TrafficSet', () => {
  it('union, intersect and subtract are the set operations on packets, and results are normalised', () => {
    fc.assert(
      fc.property(set, set, packet, (a, b, [p, port]) => {
        const inA = contains(a, p, port);
        const inB = contains(b, p, port);
        expect(contains(union(a, b), p, port)).toBe(inA || inB);
        expect(contains(intersect(a, b), p, port)).toBe(inA && inB);
        expect(contains(subtract(a, b), p, port)).toBe(inA && !inB);
        // Normalised: equal sets are equal data.
        expect(equals(union(a, b), union(b, a))).toBe(true);
        expect(union(a, b)).toEqual(union(b, a));
        expect(isEmpty(subtract(a, a))).toBe(true);
        expect(equals(union(subtract(a, b), intersect(a, b)), a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('ports count for tcp and udp only; other protocols are all or nothing', () => {
    const s = union(ports('tcp', [80, 443, [1024, 2048]]), traffic('icmp'));
    expect(contains(s, 'tcp', 443)).toBe(true);
    expect(contains(s, 'tcp', 444)).toBe(false);
    expect(contains(s, 'udp', 443)).toBe(false);
    expect(contains(s, 'icmp')).toBe(true);
    expect(contains(s, 'icmp', 8)).toBe(true);
    expect(format(s)).toBe('tcp 80,443,1024-2048 · icmp');
    expect(traffic('tcp', 10, 5)).toBe(EMPTY);
    expect(traffic('bogus')).toBe(EMPTY);
    expect(traffic('all')).toBe(ALL);
  });

  it('formats all traffic, the empty set, and all but a few', () => {
    expect(format(ALL)).toBe('all traffic');
    expect(format(EMPTY)).toBe('none');
    expect(format(subtract(ALL, union(traffic('tcp', 22, 22), traffic(50))))).toBe(
      'all traffic except tcp 22 · protocol 50 (ESP)',
    );
    expect(format(union(traffic('udp', 53, 53), traffic(47)))).toBe('udp 53 · protocol 47 (GRE)');
  });

  it('requireRange keeps tcp/udp wholly when every port of the range is in, else drops them', () => {
    const s = union(traffic('tcp', 1024, 65535), union(traffic('udp', 2000, 65535), traffic('icmp')));
    const r = requireRange(s, 1024, 65535);
    expect(contains(r, 'tcp', 80)).toBe(true);
    expect(contains(r, 'udp', 3000)).toBe(false);
    expect(contains(r, 'icmp')).toBe(true);
  });

  it('sample picks a packet of the set: tcp first, the lowest port', () => {
    expect(sample(union(traffic('udp', 53, 53), traffic('tcp', 8080, 8090)))).toEqual({ protocol: 'tcp', port: 8080 });
    expect(sample(traffic(50))).toEqual({ protocol: 50, port: 0 });
    expect(sample(EMPTY)).toBeNull();
    fc.assert(
      fc.property(set, (s) => {
        const p = sample(s);
        if (isEmpty(s)) expect(p).toBeNull();
        else expect(contains(s, p!.protocol, p!.port)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
