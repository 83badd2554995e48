/**
 * Asking the path engine from the command line: endpoints by id or name, protocols by name or
 * number, and an answer printed as the hops of the forward and return paths.
 */
import { ipToInt } from '../src/model/cidr.ts';
import { indexDesign } from '../src/model/graph.ts';
import { isPorted, NAMED_PROTOCOL_NUMBERS, PROTOCOLS } from '../src/model/kinds/index.ts';
import type { Design, IpProtocol } from '../src/model/types.ts';
import type { ReachabilityAnswer } from '../src/validation/reachability/index.ts';
import { protocolText } from '../src/validation/protocols.ts';
import { escapeText } from './escape.ts';
import { idsIn, type Names } from './names.ts';
import { UsageError } from './shared.ts';

const ENDPOINT_KINDS = new Set(['instance', 'loadBalancer', 'rds', 'nat']);

/** The endpoint as analyzeReachability takes it: `internet`, an address, or a resource id (given by id or name). */
export function checkEndpoint(design: Design, names: Names, role: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new UsageError(`${role} is needed (a resource id or name, "internet" or an IPv4 address).`);
  if (value === 'internet' || ipToInt(value) !== null) return value;
  const index = indexDesign(design);
  let r = index.get(value);
  if (!r) {
    const named = names.withName(value).filter((id) => ENDPOINT_KINDS.has(index.get(id)?.kind ?? ''));
    if (named.length > 1) {
      throw new UsageError(
        `${role} ${escapeText(value)}: ${named.length} resources have that name (${named.map(escapeText).join(', ')}); give the id instead.`,
      );
    }
    r = named[0] === undefined ? undefined : index.get(named[0]);
  }
  if (!r)
    throw new UsageError(`${role} ${escapeText(value)}: there is no resource with that id or name in the design.`);
  if (!ENDPOINT_KINDS.has(r.kind)) {
    throw new UsageError(
      `${role} ${escapeText(value)} is a ${r.kind}; use an instance, load balancer, database, NAT gateway, "internet" or an IPv4 address.`,
    );
  }
  return r.id;
}

/**
 * A protocol as given: a name (tcp, udp, icmp, all) or an IP protocol number 0–255; -1 is all, and
 * 1, 6 and 17 are icmp, tcp and udp, as AWS's IpProtocol writes them.
 */
export function parseProtocol(role: string, value: unknown): IpProtocol {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : '';
  if ((PROTOCOLS as readonly string[]).includes(text)) return text as IpProtocol;
  if (/^-?\d{1,3}$/.test(text)) {
    const n = Number(text);
    if (Object.hasOwn(NAMED_PROTOCOL_NUMBERS, n)) return NAMED_PROTOCOL_NUMBERS[n]!;
    if (n >= 0 && n <= 255) return n;
  }
  const shown = value === undefined ? '' : `, not "${escapeText(String(value))}"`;
  throw new UsageError(
    `${role} must be tcp, udp, icmp, all, or an IP protocol number from 0 to 255 (-1 = all)${shown}.`,
  );
}

/** A port as given (a string on the command line, a number in a queries file), or a UsageError. */
export function parsePort(role: string, value: unknown): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`${role} must be a whole number from 0 to 65535, not "${escapeText(String(value))}".`);
  return n;
}

/** The traffic in words: `tcp 443`, `icmp`, `all traffic`, `protocol 50 (ESP)`. */
export function trafficOf(protocol: IpProtocol, port: number): string {
  return isPorted(protocol) ? `${protocol} ${port}` : protocolText(protocol);
}

/** The verdict line of an answer. */
function verdict(a: ReachabilityAnswer, name: (id: string) => string): string {
  switch (a.outcome) {
    case 'delivered':
      return 'Reachable.';
    case 'exits':
      return `Reachable: leaves the design at ${name(a.exit?.at ?? '')} towards ${
        a.exit?.towards === 'vpn' ? 'a VPN' : a.exit?.towards === 'aws-service' ? 'an AWS service' : 'the internet'
      }.`;
    case 'unknown':
      return `Unknown: what happens at ${name(a.unknown?.at ?? '')} is not known (${escapeText(a.unknown?.reason ?? '')}).`;
    default:
      return `Not reachable: blocked at ${name(a.blockedAt ?? '')} (${escapeText(a.code ?? '')}).`;
  }
}

export function formatAnswer(a: ReachabilityAnswer, from: string, to: string, traffic: string, names?: Names): string {
  const name = (id: string) => escapeText(names ? names.of(id) : id);
  const text = (t: string, ids: string[]) => escapeText(names ? names.inText(t, ids) : t);
  const lines = [`${name(from)} → ${name(to)} (${escapeText(traffic)})`];
  let dir = '';
  for (const h of a.hops) {
    if (h.direction !== dir) {
      dir = h.direction;
      lines.push(dir === 'forward' ? 'Forward path:' : 'Return path:');
    }
    const mark =
      h.verdict === 'pass' ? 'PASS ' : h.verdict === 'block' ? 'BLOCK' : h.verdict === 'unknown' ? '?    ' : 'INFO ';
    lines.push(`  ${mark} ${text(h.detail, [h.resource, ...idsIn(h.params)])}${h.code ? ` [${h.code}]` : ''}`);
  }
  lines.push(verdict(a, name));
  return `${lines.join('\n')}\n`;
}

/**
 * The question cannot be asked of this design (an address in no subnet, a resource outside any
 * subnet, a bad source address): the one endpoint hop's text, or null for a real answer.
 */
export function unaskable(a: ReachabilityAnswer, names: Names): string | null {
  const only = a.hops.length === 1 ? a.hops[0] : undefined;
  if (a.reachable || only?.kind !== 'endpoint') return null;
  return escapeText(names.inText(only.detail, [only.resource, ...idsIn(only.params)]));
}
