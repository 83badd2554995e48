/**
 * What an export says beside the code: what was left out, what needs parameters, and what comes
 * back different when the code is deployed (or read back) because CloudFormation or Terraform
 * cannot say it. Each note has a code (the app translates `iacNote.<code>` with `params`), an
 * English message (the CLI), and the design's resources it is about (`subjects`), so the round-trip
 * tests can tell a listed difference from a lost one.
 */

/** Every note an export can make; the app words each (`iacExport.note.<code>`, both languages). */
export const IAC_NOTE_CODES = [
  'layout',
  'layout-and-flows',
  'ids',
  'external-left-out',
  'main-route-table',
  'main-associations',
  'no-cidr-block',
  'default-nacl',
  'default-security-group',
  'aws-creates-defaults',
  'other-region',
  'parameters',
  'elastic-ips',
  'no-security-group',
  'icmp-range',
  'aurora',
  'listeners',
  'ipv6-byoip',
  'listener-without-target-group',
  'listener-redirect',
  'nlb-listener-targets',
  'listener-fixed-response',
  'propagation-main-table',
  'tgw-route-target',
  'tgw-no-subnets',
  'vpn-tgw-association',
  'vpn-bgp',
  'managed-interface',
  'interface-eip',
  'target-left-out',
  'unknown-rule-block',
  'default-vpc',
  'blackhole-route',
  'local-routes',
  'static-address',
  'public-nat-without-eip',
  'flow-logs',
  'unplaced',
  'sg-description',
  'targets-at-deploy',
] as const;
export type IacNoteCode = (typeof IAC_NOTE_CODES)[number];

export interface IacNote {
  readonly code: IacNoteCode;
  readonly severity: 'info' | 'warning';
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** The design's resources the note is about (ids). */
  readonly subjects: readonly string[];
}

/** A parameter (CloudFormation) or variable (Terraform) the code asks for at deploy time. */
export interface IacParameter {
  readonly name: string;
  readonly description: string;
  /** Null: the deployer must give a value. */
  readonly default: string | null;
  /** A password: NoEcho / sensitive. */
  readonly secret: boolean;
}

export class NoteList {
  private readonly list: IacNote[] = [];
  private readonly seen = new Set<string>();

  add(
    code: IacNoteCode,
    severity: IacNote['severity'],
    message: string,
    params: Record<string, string | number> = {},
    subjects: readonly string[] = [],
  ): void {
    const key = `${code}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, severity, message, params, subjects });
  }

  done(): IacNote[] {
    // Warnings first, then in the order they were found.
    return [...this.list.filter((n) => n.severity === 'warning'), ...this.list.filter((n) => n.severity === 'info')];
  }
}

/**
 * A listener the load balancer answers itself: the design keeps that it answers, not its answer, so
 * both exports write a redirect as one to HTTPS on 443 (301) and a fixed response as a 503.
 */
export function answerNote(
  notes: NoteList,
  lb: { readonly id: string; readonly name: string },
  port: number,
  action: 'fixed-response' | 'redirect',
): void {
  if (action === 'redirect')
    notes.add(
      'listener-redirect',
      'info',
      `${lb.name}'s listener on ${port} redirects; the design does not hold where to, so it is written as a redirect to HTTPS on 443 (301).`,
      { name: lb.name, port },
      [lb.id],
    );
  else
    notes.add(
      'listener-fixed-response',
      'info',
      `${lb.name}'s listener on ${port} answers with a fixed response; the design does not hold it, so it is written as a 503.`,
      { name: lb.name, port },
      [lb.id],
    );
}

/**
 * A load balancer drawn with listener ports only (no target groups). An application load balancer's
 * listeners answer 503 until pointed at targets; a network load balancer's must forward, so each gets
 * an empty target group: until targets are registered, where its traffic goes is not known, so the
 * code read back answers `unknown` where the design says the load balancer takes the traffic.
 */
export function listenerPortsNote(
  notes: NoteList,
  lb: { readonly id: string; readonly name: string },
  ports: readonly number[],
  network: boolean,
): void {
  if (network)
    notes.add(
      'nlb-listener-targets',
      'info',
      `${lb.name} has no target groups: each of its listeners (${ports.join(', ')}) forwards to an empty target group of its own; register its targets there (until then where its traffic goes is not known).`,
      { name: lb.name, ports: ports.join(', ') },
      [lb.id],
    );
  else
    notes.add(
      'listeners',
      'info',
      `${lb.name}'s listeners answer 503 until you point them at your targets (the design has no target groups).`,
      { name: lb.name },
      [lb.id],
    );
}

/** A NACL rule whose block an import could not know: left out of the code (it cannot deploy without one). */
export function unknownRuleNote(
  notes: NoteList,
  acl: { readonly id: string; readonly name: string },
  number: number,
): void {
  notes.add(
    'unknown-rule-block',
    'warning',
    `${acl.name}: rule ${number}'s block is not known (it came from outside the design); it is left out, give it a block to deploy it.`,
    { name: acl.name, number },
    [acl.id],
  );
}
