/** An intent's traffic (model/intents.ts) as an exact set of packets (the matrix's TrafficSet). */
import type { IntentTraffic } from '../../model/intents.ts';
import { ALL, EMPTY, traffic, union, type TrafficSet } from '../matrix/index.ts';

/** The union of the items; absent (or no items): all traffic. */
export function trafficSetOf(items: readonly IntentTraffic[] | undefined): TrafficSet {
  if (!items || items.length === 0) return ALL;
  return items.reduce<TrafficSet>((acc, t) => union(acc, traffic(t.protocol, t.fromPort, t.toPort)), EMPTY);
}
