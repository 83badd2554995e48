/**
 * The usage text, and whether a command line asks for it. Kept apart from cli.ts, which imports the
 * validator and the schema, so `vpc-town --help` loads nothing else (cli/main.ts).
 */
export const HELP = `vpc-town: check an AWS VPC design saved by VPC Town

Usage:
  vpc-town validate FILE [--json]
      Check every rule of the catalogue. Prints one line per finding
      (SEVERITY RULE resource: message) and a summary, or a JSON array with --json.
      Exit 1 if there is any error finding, else 0.

  vpc-town reach FILE --from X --to Y --protocol P [--port N] [--src-port N]
                      [--src-ip A] [--json]
      Can X reach Y? X and Y are a resource (instance, load balancer, database,
      NAT gateway) by id or by name, "internet", or an IPv4 address. P is tcp,
      udp, icmp, all, or an IP protocol number 0-255 (50 = ESP; --protocol=-1
      = all).
      --port is needed for tcp and udp; --src-port is the client's port (the
      replies' port, which the NACLs must allow; default any of 1024-65535);
      --src-ip the client's address with --from internet. Prints the hops of
      the forward and return paths and the outcome (delivered, leaves the
      design towards the internet / a VPN / an AWS service, blocked, unknown),
      or the answer as JSON with --json.
      Exit 0 if reachable (delivered or leaves the design), 1 if not.

  vpc-town reach FILE --queries Q.json [--json]
      Many questions in one run: Q.json is a JSON array of
      { "from", "to", "protocol", "port"?, "srcIp"?, "srcPort"? }. Prints one
      block per query, or a JSON array of answers in the same order; a bad
      entry gets { "index", "error" } in its place.
      Exit 0 if every query is reachable, 1 if some is not, 2 if some entry is bad.

  vpc-town flows FILE [--json]
      Check the design's drawn traffic flows: each should get through, or be
      blocked when drawn so ("expect": "blocked"). One line per flow.
      Exit 0 if every flow behaves as drawn, 1 otherwise (an unknown answer
      counts as not shown).

  vpc-town diff A B [--json]
      What traffic B allows that A does not, and the reverse, over every
      protocol, port and address (the exhaustive access matrix of each):
      one line per pair of endpoints that differs (+ B allows, - A allows),
      each with one concrete packet and its path. Endpoints (workloads and
      the internet) are matched by id, else by name. A and B are designs,
      templates or AWS describe output (e.g. a design against its import).
      Exit 1 if they differ, 0 if not.

  vpc-town check FILE [--json]
      Check the design's intents (what must never, only or always happen) and
      the starter intents unless the design turned them off (no database
      reachable from the internet; no SSH 22 or RDP 3389 open to the
      internet; no inbound from the internet to private subnets), exactly,
      over every protocol, port and address. Prints each intent with its
      status (HOLDS, VIOLATED, NOT KNOWN, OFF) and, for each violation, a
      witness: one packet and its hop-by-hop path. JSON with --json.
      Exit 1 if any intent is violated, 0 otherwise.

  vpc-town import aws PATH... [-o design.json] [--name NAME]
      Import a real network from the JSON that read-only AWS CLI calls print
      (aws ec2 describe-vpcs, describe-subnets, describe-route-tables, ...).
      PATH is a file or a folder (walked; us-east-1/... or
      accounts/ACCOUNT/REGION/... says the region and account). Writes the
      design, laid out as the app draws an import, to -o, else to stdout;
      the report goes to stderr.
      Exit 0 imported, 1 imported with warnings, 2 refused.

  vpc-town import cfn TEMPLATE [--param KEY=VALUE]... [--region R]
                     [--account ID] [--stack-name S] [-o design.json] [--name NAME]
      Import the network a CloudFormation template (JSON or YAML, short
      forms such as !Ref and !Sub included) would create: parameters
      (defaults, or --param; one without either is named and refused),
      conditions and intrinsic functions evaluated as CloudFormation does,
      in region R (default us-east-1). What only a deployment knows
      (Fn::ImportValue, a nested stack) stays unknown and is reported.
      Writes the design to -o, else to stdout; the report goes to stderr.
      Exit 0 imported, 1 imported with warnings, 2 refused.

  vpc-town import terraform PATH... [--var-file FILE]... [--var NAME=VALUE]...
                           [--region R] [-o design.json] [--name NAME]
      Import the network a Terraform configuration would create: PATH is a
      .tf file, a folder of them, or what terraform show -json prints for a
      plan or for state. count, for_each, dynamic blocks, locals, variables
      and the common functions are evaluated; variables take, as Terraform
      does, their default, then terraform.tfvars, terraform.tfvars.json and
      *.auto.tfvars[.json] of the folder, then each --var-file (.tfvars or
      .tfvars.json) in order, then --var, which wins; modules
      are not expanded (the report names them and says why); what is known
      only after terraform apply stays unknown and is reported. Terraform's
      defaults apply: a security group has no egress rule unless written.
      Writes the design to -o, else to stdout; the report goes to stderr.
      Exit 0 imported, 1 imported with warnings, 2 refused.

  vpc-town export cfn|terraform FILE [-o OUT]
      Write the design as code that deploys it: a CloudFormation template
      (YAML) or a Terraform configuration (AWS provider 5). What the design
      does not hold (images, passwords, certificates) becomes a parameter or
      variable; the notes (what is left out, what needs a value) go to stderr.
      Writes to OUT, else to stdout; for terraform, OUT ending in / is a
      folder that gets main.tf and variables.tf.
      Exit 0 written, 2 on bad input.

  validate, reach, flows, diff, check and export also take such PATHs, a
  TEMPLATE or Terraform instead of FILE: they import first (the report on
  stderr, each line prefixed "import:"; parameters and variables take their
  defaults).

  vpc-town --help

Resources are shown by name, with the id when two share a name. Control
characters in a design are printed escaped (\\u001b).
Exit 2 when the file cannot be read or is not a valid design, or an option is wrong.
`;

/**
 * The exit code when `argv` (without node and the script) asks for the usage text, else null:
 * no command at all is a usage error (2); --help, -h or help anywhere is a request (0).
 */
export function helpExit(argv: readonly string[]): number | null {
  const [cmd, ...rest] = argv;
  if (!cmd) return 2;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') return 0;
  if (rest.includes('--help') || rest.includes('-h')) return 0;
  return null;
}
