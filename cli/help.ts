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

  vpc-town reach FILE --from X --to Y --protocol tcp|udp|icmp|all [--port N] [--json]
      Can X reach Y? X and Y are a resource (instance, load balancer, database,
      NAT gateway) by id or by name, "internet", or an IPv4 address. Prints the
      hops of the forward and return paths, or the answer as JSON with --json.
      Exit 0 if reachable, 1 if not.

  vpc-town import aws PATH... [-o design.json] [--name NAME]
      Import a real network from the JSON that read-only AWS CLI calls print
      (aws ec2 describe-vpcs, describe-subnets, describe-route-tables, ...).
      PATH is a file or a folder (walked; us-east-1/... or
      accounts/ACCOUNT/REGION/... says the region and account). Writes the
      design to -o, else to stdout; the report goes to stderr.
      Exit 0 imported, 1 imported with warnings, 2 refused.

  validate and reach also take such PATHs instead of FILE: they import first.

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
