/**
 * The problems the AWS importer reports, each with a stable `code`, its `params` and an English
 * `message` (the CLI prints it; the app words it in the user's language from the code and params).
 *
 * Codes and their params (for the ko texts; every param is a string or a number):
 *
 *   error   not-json                 { detail }            file is not JSON; line/column set when known
 *   error   truncated-json           { }                   the JSON ends too early (a cut-off paste)
 *   error   empty-input              { }                   the file or paste is empty
 *   error   not-describe-output      { key, call }         JSON, but no describe result; `key` is the
 *                                                          top-level key closest to a known one, `call` the
 *                                                          call that prints that key
 *   error   unrelated-json           { keys }              JSON with nothing like a describe result
 *   error   is-design                { }                   the file is a VPC Town design, not describe output
 *   error   nothing-imported         { }                   no input held a describe result: refused
 *   error   too-many-resources       { count, max }        above MAX_RESOURCES: refused
 *   warning truncated-next-token     { call }              a result with NextToken: only the first page
 *   warning unknown-key              { key }               a top-level key that no describe call prints
 *   warning bad-item                 { call, index, reason }  an entry without its id (or not an object): skipped
 *   warning missing-reference        { id, what, from }    `from` names `id` (a `what`), which is not in the
 *                                                          input; a placeholder or a blackhole stands for it
 *   warning duplicate                { id }                the same id twice with different contents: first kept
 *   info    duplicate-same           { id }                the same resource twice (same contents): kept once
 *   info    ipv6-kept-aside          { id, count }         IPv6 rules, routes or ranges of `id` not modelled yet
 *   info    skipped-state            { id, state }         terminated instance, deleted NAT gateway, inactive
 *                                                          peering: not imported
 *   info    secondary-eni            { id, eni }           an instance's further network interface (one modelled)
 *   info    region-assumed           { region }            no path, zone or ARN said the region
 *   info    kept-external            { id, awsType }       kept as an external resource (not analysed yet)
 *   info    unsupported-engine       { id, engine }        an RDS engine VPC Town does not model: kept as external
 *   info    eip-unassociated         { ip }                an Elastic IP not associated with anything
 *   info    no-listeners             { id }                a load balancer without listener data (ports unknown)
 *   info    no-targets               { id }                a target group without describe-target-health data
 *   warning needs-wrapper            { key }               a per-load-balancer / per-target-group result outside its
 *                                                          wrapper (it does not say which one it is about): ignored
 *   info    flow-logs-unknown        { count }             describe-flow-logs is not read: VPCs are marked without
 */

export type AwsProblemSeverity = 'error' | 'warning' | 'info';

export interface AwsProblem {
  readonly severity: AwsProblemSeverity;
  readonly code: string;
  readonly file: string | null;
  readonly line?: number;
  readonly column?: number;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/** Collects problems in order; at most `max` of each code are kept, then one summary line. */
export class Problems {
  readonly list: AwsProblem[] = [];
  private readonly perCode = new Map<string, number>();
  constructor(private readonly max = 200) {}

  add(
    severity: AwsProblemSeverity,
    code: string,
    file: string | null,
    params: Record<string, string | number>,
    message: string,
    where?: { line: number; column: number },
  ): void {
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    if (n > this.max) return;
    this.list.push({ severity, code, file, params, message, ...(where ?? {}) });
  }

  /** The list, with a line per code that went over the cap. */
  done(): AwsProblem[] {
    const out = [...this.list];
    for (const [code, n] of this.perCode) {
      if (n <= this.max) continue;
      const sample = this.list.find((p) => p.code === code)!;
      out.push({
        severity: sample.severity,
        code,
        file: null,
        params: { more: n - this.max },
        message: `…and ${n - this.max} more of the same kind (${code}).`,
      });
    }
    return out;
  }

  has(severity: AwsProblemSeverity): boolean {
    return this.list.some((p) => p.severity === severity);
  }
}
