/**
 * What an input is: parse its JSON (a syntax error with line and column) and tell which describe
 * calls printed it from its top-level keys (`Vpcs` → describe-vpcs). Several results merged into one
 * object are fine; file names do not matter. Batfish's AWS snapshot files (one per call, the same
 * keys, plus its wrappers for calls made per table or per load balancer) are recognised the same way.
 */
import { lineColumn } from '../json/read.ts';
import type { Problems } from './problems.ts';
import { isObj } from './raw.ts';

/** Top-level key → the call that prints it. */
export const CALLS = {
  Vpcs: 'ec2 describe-vpcs',
  Subnets: 'ec2 describe-subnets',
  RouteTables: 'ec2 describe-route-tables',
  NetworkAcls: 'ec2 describe-network-acls',
  SecurityGroups: 'ec2 describe-security-groups',
  Reservations: 'ec2 describe-instances',
  InternetGateways: 'ec2 describe-internet-gateways',
  NatGateways: 'ec2 describe-nat-gateways',
  Addresses: 'ec2 describe-addresses',
  NetworkInterfaces: 'ec2 describe-network-interfaces',
  VpcPeeringConnections: 'ec2 describe-vpc-peering-connections',
  AvailabilityZones: 'ec2 describe-availability-zones',
  VpcEndpoints: 'ec2 describe-vpc-endpoints',
  EgressOnlyInternetGateways: 'ec2 describe-egress-only-internet-gateways',
  PrefixLists: 'ec2 describe-managed-prefix-lists',
  TransitGateways: 'ec2 describe-transit-gateways',
  TransitGatewayAttachments: 'ec2 describe-transit-gateway-attachments',
  TransitGatewayRouteTables: 'ec2 describe-transit-gateway-route-tables',
  VpnGateways: 'ec2 describe-vpn-gateways',
  TransitGatewayVpcAttachments: 'ec2 describe-transit-gateway-vpc-attachments',
  VpnConnections: 'ec2 describe-vpn-connections',
  CustomerGateways: 'ec2 describe-customer-gateways',
  LoadBalancers: 'elbv2 describe-load-balancers',
  TargetGroups: 'elbv2 describe-target-groups',
  Listeners: 'elbv2 describe-listeners',
  DBInstances: 'rds describe-db-instances',
  // Batfish's AWS snapshot wrappers: one entry per table or load balancer, each holding that call's result.
  TransitGatewayStaticRoutes: 'ec2 search-transit-gateway-routes (Batfish)',
  TransitGatewayPropagations: 'ec2 get-transit-gateway-route-table-propagations (Batfish)',
  TransitGatewayAssociations: 'ec2 get-transit-gateway-route-table-associations (Batfish)',
  LoadBalancerListeners: 'elbv2 describe-listeners (Batfish)',
  LoadBalancerTargetHealth: 'elbv2 describe-target-health (Batfish)',
  // VPC Town's wrappers in the same style, for the calls made per load balancer or target group.
  LoadBalancerAttributes: 'elbv2 describe-load-balancer-attributes (per load balancer)',
  TargetGroupAttributes: 'elbv2 describe-target-group-attributes (per target group)',
} as const;

/**
 * Results of calls made per load balancer or target group, which do not say which one they are
 * about: read only inside their wrapper (README, "Bring in a real AWS network").
 */
const NEEDS_WRAPPER: Readonly<Record<string, string>> = {
  TargetHealthDescriptions:
    '{"LoadBalancerTargetHealth": [{"TargetGroupArn": "…", "TargetHealthDescriptions": [ … ]}]}',
  Attributes: '{"LoadBalancerAttributes": [{"LoadBalancerArn": "…", "Attributes": [ … ]}]}',
};
export type CallKey = keyof typeof CALLS;

/** Keys a describe result may hold besides its list (paging, the SDK's metadata). */
const PAGING_KEYS = new Set(['NextToken', 'Marker', 'NextMarker', 'ResponseMetadata']);

export interface Recognised {
  readonly path: string;
  /** The lists found, by key. */
  readonly lists: Partial<Record<CallKey, readonly unknown[]>>;
  readonly calls: readonly string[];
}

/** Parse and classify one input; problems go to `problems`. Null when nothing usable is in it. */
export function recognise(path: string, text: string, problems: Problems): Recognised | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    problems.add(
      'error',
      'empty-input',
      path,
      {},
      `${path} is empty: paste or save the JSON that the AWS CLI printed.`,
    );
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    reportSyntax(path, body, e, problems);
    return null;
  }
  if (!isObj(raw)) {
    problems.add(
      'error',
      Array.isArray(raw) ? 'not-describe-output' : 'unrelated-json',
      path,
      { key: '', call: '' },
      Array.isArray(raw)
        ? `${path} is a JSON array, not the object a describe call prints: run the call without --query (or keep its top-level key, e.g. {"Vpcs": [...]}).`
        : `${path} is a single JSON value, not the output of an AWS describe call.`,
    );
    return null;
  }
  if (raw.format === 'vpc-town') {
    problems.add(
      'error',
      'is-design',
      path,
      {},
      `${path} is a VPC Town design, not AWS CLI output: open it as a design.`,
    );
    return null;
  }
  const lists: Partial<Record<CallKey, readonly unknown[]>> = {};
  const calls: string[] = [];
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (PAGING_KEYS.has(key)) continue;
    if (Object.hasOwn(CALLS, key) && Array.isArray(value)) {
      lists[key as CallKey] = value;
      calls.push(CALLS[key as CallKey]);
    } else unknown.push(key);
  }
  for (const key of unknown.filter((k) => Object.hasOwn(NEEDS_WRAPPER, k))) {
    problems.add(
      'warning',
      'needs-wrapper',
      path,
      { key },
      `${path}: "${key}" does not say which load balancer or target group it is about; wrap it as ${NEEDS_WRAPPER[key]}.`,
    );
  }
  if (calls.length === 0 && unknown.some((k) => Object.hasOwn(NEEDS_WRAPPER, k))) return null;
  if (calls.length === 0) {
    const guess = closestKey(Object.keys(raw));
    if (guess) {
      problems.add(
        'error',
        'not-describe-output',
        path,
        { key: guess.key, call: CALLS[guess.known] },
        `${path} holds no describe result. Its key "${guess.key}" looks like "${guess.known}", which \`aws ${CALLS[guess.known]}\` prints: is it edited, or the output of another call?`,
      );
    } else {
      const keys = Object.keys(raw).slice(0, 5).join(', ');
      problems.add(
        'error',
        'unrelated-json',
        path,
        { keys },
        `${path} is JSON but not the output of an AWS describe call (its keys: ${keys || 'none'}).`,
      );
    }
    return null;
  }
  for (const key of unknown.filter((k) => !Object.hasOwn(NEEDS_WRAPPER, k))) {
    problems.add(
      'warning',
      'unknown-key',
      path,
      { key },
      `${path}: ignored "${key}", which no describe call VPC Town reads prints.`,
    );
  }
  if (typeof raw.NextToken === 'string' && raw.NextToken !== '') {
    const call = calls.join(', ');
    problems.add(
      'warning',
      'truncated-next-token',
      path,
      { call },
      `${path}: the result of ${call} is cut short (it has a NextToken); run again with --no-paginate or pass every page.`,
    );
  }
  return { path, lists, calls };
}

function reportSyntax(path: string, body: string, e: unknown, problems: Problems): void {
  const detail = e instanceof Error ? e.message : String(e);
  const pos = /at position (\d+)/.exec(detail);
  const lc = /line (\d+) column (\d+)/.exec(detail);
  const ended = /end of JSON input|Unterminated|unexpected end/i.test(detail);
  let where: { line: number; column: number } | undefined;
  if (lc) where = { line: Number(lc[1]), column: Number(lc[2]) };
  else if (pos) where = lineColumn(body, Number(pos[1]));
  else if (ended) where = lineColumn(body, body.trimEnd().length);
  const at = where ? ` at line ${where.line}, column ${where.column}` : '';
  // V8 reports a cut-off text at its end ("Expected ... at position <length>") or as "end of JSON input".
  const atEnd = pos ? Number(pos[1]) >= body.trimEnd().length : ended;
  if (atEnd) {
    where = lineColumn(body, body.trimEnd().length);
    problems.add(
      'error',
      'truncated-json',
      path,
      {},
      `${path} ends too early (line ${where.line}): the paste or file looks cut off. Copy the whole output of the AWS CLI.`,
      where,
    );
    return;
  }
  problems.add('error', 'not-json', path, { detail }, `${path} is not valid JSON${at}: ${detail}.`, where);
}

/** The known key closest to one of `keys` (case and plural aside, or a small edit away). */
function closestKey(keys: readonly string[]): { key: string; known: CallKey } | null {
  let best: { key: string; known: CallKey; d: number } | null = null;
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const key of keys) {
    const k = norm(key);
    for (const known of Object.keys(CALLS) as CallKey[]) {
      const n = norm(known);
      let d = k === n ? 0 : k === n.replace(/s$/, '') || k.replace(/s$/, '') === n ? 1 : editDistance(k, n);
      if (d > Math.max(2, Math.floor(n.length / 4))) continue;
      if (!best || d < best.d) best = { key, known, d };
      d = 0;
    }
  }
  return best ? { key: best.key, known: best.known } : null;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Region and account from a path (`us-east-1/x.json`, `accounts/111122223333/eu-west-1/x.json`). */
export function placeOfPath(path: string): { region: string | null; account: string | null } {
  let region: string | null = null;
  let account: string | null = null;
  for (const part of path.split(/[\\/]/)) {
    if (REGION_RE.test(part)) region = part;
    else if (/^\d{12}$/.test(part)) account = part;
  }
  return { region, account };
}

export const REGION_RE = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/** The region of a zone name (`us-east-1a` → `us-east-1`; a Local Zone `us-west-2-lax-1a` → `us-west-2`). */
export function regionOfZone(zone: string): string | null {
  const m = /^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d)/.exec(zone);
  return m ? m[1]! : null;
}

/** The region and account of an ARN (`arn:aws:elasticloadbalancing:us-east-1:123456789012:…`). */
export function placeOfArn(arn: string): { region: string | null; account: string | null } {
  const p = arn.split(':');
  if (p[0] !== 'arn' || p.length < 6) return { region: null, account: null };
  return { region: REGION_RE.test(p[3] ?? '') ? p[3]! : null, account: /^\d{12}$/.test(p[4] ?? '') ? p[4]! : null };
}
