/**
 * The starter intents offered for every design, on unless the design turned them off
 * (`starterIntentsOff`). They replace nothing in the rule catalogue (REACH-003 and SG-001 still
 * report what they report): they are stated over every protocol, port and address, as AWS Network
 * Access Analyzer's Amazon-created scopes are (All-IGW-Ingress).
 */
import { STARTER_INTENT_IDS, type Intent, type StarterIntentId } from '../../model/intents.ts';
import type { Design } from '../../model/types.ts';

const STARTERS: Readonly<Record<StarterIntentId, Intent>> = {
  'starter-no-db-from-internet': {
    id: 'starter-no-db-from-internet',
    name: 'No database is reachable from the internet',
    from: { type: 'internet' },
    to: { type: 'kind', kind: 'rds' },
    expect: { type: 'never' },
    enabled: true,
  },
  'starter-no-admin-from-internet': {
    id: 'starter-no-admin-from-internet',
    name: 'No admin port (SSH 22, RDP 3389) is open to the internet',
    from: { type: 'internet' },
    to: { type: 'role', role: 'workload' },
    traffic: [
      { protocol: 'tcp', fromPort: 22, toPort: 22 },
      { protocol: 'tcp', fromPort: 3389, toPort: 3389 },
    ],
    expect: { type: 'never' },
    enabled: true,
  },
  'starter-private-no-inbound': {
    id: 'starter-private-no-inbound',
    name: 'Private subnets get no inbound traffic from the internet',
    from: { type: 'internet' },
    to: { type: 'subnets', which: 'private' },
    expect: { type: 'never' },
    enabled: true,
  },
};

export function isStarterId(id: string): id is StarterIntentId {
  return (STARTER_INTENT_IDS as readonly string[]).includes(id);
}

/** Every starter intent, `enabled` as the design says. */
export function starterIntents(design: Pick<Design, 'starterIntentsOff'>): Intent[] {
  const off = new Set(design.starterIntentsOff ?? []);
  return STARTER_INTENT_IDS.map((id) => ({ ...STARTERS[id], enabled: !off.has(id) }));
}

/** The starter intents, then the design's own: everything `vpc-town check` and the panel show. */
export function allIntents(design: Pick<Design, 'starterIntentsOff' | 'intents'>): Intent[] {
  return [...starterIntents(design), ...(design.intents ?? [])];
}
