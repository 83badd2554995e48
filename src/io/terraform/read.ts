/**
 * readTerraform (index.ts): tell the inputs apart (HCL source, plan or state JSON), read them to
 * resource instances (hcl/config.ts, plan.ts), write the CloudFormation template they amount to
 * (toCfn.ts), convert it with the CloudFormation reader (io/cfn) and apply Terraform's defaults
 * (defaults.ts). The report speaks Terraform: an unknown value is "known after apply", not an
 * export of another stack.
 */
import type { Design, ResourceKind } from '../../model/types.ts';
import { sortParentsFirst } from '../../model/graph.ts';
import { Problems, type AwsProblem } from '../aws/problems.ts';
import { readCfn } from '../cfn/index.ts';
import { looksLikeHcl, looksLikeTerraformJson } from '../iac/detect.ts';
import { MAX_DESIGN_BYTES, lineColumn, utf8Length } from '../json/read.ts';
import { applyTerraformDefaults } from './defaults.ts';
import { evaluateConfig, type ParsedFile } from './hcl/config.ts';
import { errorPlace, errorText, nodeHclParser, type HclParser } from './hcl/parser.ts';
import type { ReadTerraformOptions, TerraformImportReport, TerraformImportResult, TerraformInput } from './index.ts';
import { readPlanJson } from './plan.ts';
import type { TfResource } from './resources.ts';
import { UNKNOWN_MARK, toCfn } from './toCfn.ts';
import { isAutoTfvars, isTfvars, orderAutoTfvars, readTfvars } from './tfvars.ts';

const DEFAULT_REGION = 'us-east-1';

/** An availability zone's name is its region's code and one letter (`eu-west-1a`). */
const ZONE_NAME = /^([a-z]{2}(?:-gov)?-[a-z]+-\d+)[a-z]$/;

/**
 * The one region every literal `availability_zone` of the configuration's resources lies in, or null
 * when they name none, or zones of more than one region (then the default stands, reported).
 */
export function regionOfZones(resources: readonly TfResource[]): string | null {
  const regions = new Set<string>();
  for (const r of resources) {
    const zone = r.values['availability_zone'];
    const m = typeof zone === 'string' ? ZONE_NAME.exec(zone) : null;
    if (m) regions.add(m[1]!);
  }
  return regions.size === 1 ? [...regions][0]! : null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export async function readTerraform(
  inputs: readonly TerraformInput[],
  options: ReadTerraformOptions = {},
): Promise<TerraformImportResult> {
  const problems = new Problems();
  const report: Mutable<TerraformImportReport> = {
    format: null,
    counts: {},
    externals: [],
    leftOut: [],
    modules: [],
    variables: [],
    problems: [],
  };
  const refuse = (): TerraformImportResult => ({
    design: null,
    report: { ...report, counts: {}, problems: problems.done() },
  });
  try {
    return await readUnsafe(Array.isArray(inputs) ? inputs : [], options, problems, report, refuse);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    problems.add(
      'error',
      'internal-error',
      null,
      { detail },
      `VPC Town could not import this configuration (${detail}). Nothing was changed.`,
    );
    return refuse();
  }
}

async function readUnsafe(
  inputs: readonly TerraformInput[],
  options: ReadTerraformOptions,
  problems: Problems,
  report: Mutable<TerraformImportReport>,
  refuse: () => TerraformImportResult,
): Promise<TerraformImportResult> {
  const hcl: TerraformInput[] = [];
  const autoVars: TerraformInput[] = [];
  const namedVars: TerraformInput[] = [];
  const json: { path: string; doc: Record<string, unknown> }[] = [];
  let bytes = 0;
  for (const input of inputs) {
    const path = typeof input?.path === 'string' && input.path ? input.path : 'pasted text';
    const text = (typeof input?.text === 'string' ? input.text : '').replace(/^\uFEFF/, '');
    bytes += utf8Length(text);
    if (bytes > MAX_DESIGN_BYTES * 4) {
      problems.add(
        'error',
        'too-large',
        path,
        { max: (MAX_DESIGN_BYTES * 4) / 2 ** 20 },
        `The files are over ${(MAX_DESIGN_BYTES * 4) / 2 ** 20} MB in all; no configuration is that large.`,
      );
      return refuse();
    }
    if (/(^|\/)\.terraform(\/|$)/.test(path)) {
      problems.add('info', 'not-read', path, {}, `${path} is not read (Terraform's own working files).`);
      continue;
    }
    if (isTfvars(path)) {
      (isAutoTfvars(path) ? autoVars : namedVars).push({ path, text });
      continue;
    }
    if (text.trim() === '') {
      problems.add('warning', 'empty-input', path, {}, `${path} is empty.`);
      continue;
    }
    if (/^\s*\{/.test(text)) {
      if (!looksLikeTerraformJson(text)) {
        problems.add(
          'warning',
          'not-terraform',
          path,
          {},
          `${path} is JSON but not what terraform show -json prints; it is not read.`,
        );
        continue;
      }
      try {
        const doc = JSON.parse(text) as unknown;
        if (typeof doc === 'object' && doc !== null && !Array.isArray(doc))
          json.push({ path, doc: doc as Record<string, unknown> });
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        const pos = /position (\d+)/.exec(detail);
        const lc = /line (\d+) column (\d+)/.exec(detail);
        const where = lc
          ? { line: Number(lc[1]), column: Number(lc[2]) }
          : lineColumn(text, pos ? Number(pos[1]) : text.length);
        problems.add(
          'error',
          'syntax-error',
          path,
          { detail: `not valid JSON: ${detail}` },
          `${path} is not valid JSON: ${detail} (line ${where.line}, column ${where.column}).`,
          where,
        );
        return refuse();
      }
      continue;
    }
    if (/\.tf$/i.test(path) || looksLikeHcl(text)) {
      hcl.push({ path, text });
      continue;
    }
    problems.add(
      'warning',
      'not-terraform',
      path,
      {},
      `${path} is neither a .tf file nor terraform show -json output; it is not read.`,
    );
  }

  let resources: TfResource[];
  let region: string | null;
  let zonesAssumed = false;
  if (json.length) {
    const [first, ...rest] = json;
    for (const r of rest)
      problems.add(
        'warning',
        'extra-plan',
        r.path,
        { first: first!.path },
        `${r.path} is not read: one plan or state is read at a time (${first!.path}).`,
      );
    for (const h of hcl)
      problems.add(
        'warning',
        'hcl-beside-plan',
        h.path,
        { first: first!.path },
        `${h.path} is not read: the plan ${first!.path} already says what it makes.`,
      );
    for (const f of [...autoVars, ...namedVars, ...(options.varFiles ?? [])])
      problems.add('info', 'not-read', f.path, {}, `${f.path} is not read: the plan holds the variables' values.`);
    const plan = readPlanJson(first!.doc, first!.path, problems);
    report.format = plan.kind;
    resources = plan.resources;
    region = plan.region;
  } else if (hcl.length) {
    report.format = 'hcl';
    let parse: HclParser;
    try {
      parse = await (options.loadHclParser ?? nodeHclParser)();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      problems.add(
        'error',
        'parser-unavailable',
        null,
        { detail },
        `The HCL parser could not be loaded (${detail}); nothing was read.`,
      );
      return refuse();
    }
    const parsed: ParsedFile[] = [];
    for (const h of hcl) {
      try {
        parsed.push({ file: h.path, json: await parse(h.path, h.text) });
      } catch (e) {
        const detail = errorText(e instanceof Error ? e.message : String(e));
        const where = errorPlace(detail) ?? undefined;
        problems.add(
          'error',
          'syntax-error',
          h.path,
          { detail: `not valid HCL: ${detail}` },
          `${h.path} is not valid HCL: ${detail}${where ? ` (line ${where.line}, column ${where.column})` : ''}.`,
          where,
        );
      }
    }
    if (parsed.length < hcl.length) return refuse();
    // Terraform's precedence: the files it loads by itself, then the -var-files in order (a
    // .tfvars among the inputs that Terraform would not load by itself is one), then -var.
    for (const f of namedVars)
      problems.add(
        'info',
        'var-file',
        f.path,
        {},
        `${f.path} is read as a -var-file (Terraform loads only terraform.tfvars and *.auto.tfvars by itself).`,
      );
    const files = [...orderAutoTfvars(autoVars), ...namedVars, ...(options.varFiles ?? [])];
    const tfvars = await readTfvars(files, async () => parse, problems);
    if (!tfvars.ok) return refuse();
    const given = { ...tfvars.values, ...(options.vars ?? {}) };
    const from = Object.fromEntries(
      Object.entries(tfvars.from).filter(([name]) => !Object.hasOwn(options.vars ?? {}, name)),
    );
    const config = evaluateConfig(parsed, given, options.region?.trim() || DEFAULT_REGION, problems, from);
    resources = config.resources;
    region = config.region;
    zonesAssumed = config.zonesAssumed;
    report.modules = config.modules;
    report.variables = config.variables;
  } else {
    if (!problems.done().some((p) => p.severity === 'error'))
      problems.add(
        'error',
        'nothing-to-read',
        null,
        {},
        'Nothing to read: give .tf files, a folder of them, or what terraform show -json prints.',
      );
    return refuse();
  }

  const fromZones = !region && !options.region?.trim() ? regionOfZones(resources) : null;
  const regionUsed = region ?? (options.region?.trim() || fromZones || DEFAULT_REGION);
  if (fromZones)
    problems.add(
      'info',
      'region-from-zones',
      null,
      { region: fromZones },
      `Neither the provider nor the command names a region; the network is drawn in ${fromZones}, the region of the availability zones its subnets name.`,
    );
  else if (!region && !options.region?.trim())
    problems.add(
      'info',
      'region-assumed',
      null,
      { region: regionUsed },
      `Neither the provider nor the command names a region; the network is drawn in ${regionUsed}.`,
    );
  if (zonesAssumed)
    problems.add(
      'info',
      'azs-assumed',
      null,
      { region: regionUsed, zones: `${regionUsed}a … ${regionUsed}f` },
      `data.aws_availability_zones is answered with ${regionUsed}a to ${regionUsed}f, in that order; the zones your account really has may differ.`,
    );

  const converted = toCfn(resources);
  const file = inputs.length === 1 ? (inputs[0]?.path ?? 'configuration') : 'configuration';
  const name = options.name?.trim() || defaultName(inputs) || 'Imported from Terraform';
  const cfn = readCfn(JSON.stringify(converted.template), {
    file,
    region: regionUsed,
    name,
    accountId: '123456789012',
    stackName: 'terraform',
  });
  for (const p of cfn.report.problems) {
    if (p.code === 'region-assumed' || p.code === 'account-assumed' || p.code === 'stack-name-assumed') continue;
    const w = terraformWords(p);
    problems.add(
      w.severity,
      w.code,
      w.file,
      w.params,
      w.message,
      w.line !== undefined ? { line: w.line, column: w.column ?? 1 } : undefined,
    );
  }
  for (const [type, count] of converted.leftOut)
    problems.add(
      'info',
      'left-out',
      null,
      { type, count },
      `${count} ${type} resource${count === 1 ? '' : 's'}: not part of the network VPC Town draws, left out.`,
    );
  report.leftOut = [...converted.leftOut]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => a.type.localeCompare(b.type));
  report.externals = cfn.report.externals;

  if (!cfn.design) return refuse();
  const resourcesOut = applyTerraformDefaults(cfn.design.resources, converted.defaults);
  const drawn = resourcesOut.filter((r) => r.kind !== 'region');
  if (!drawn.length) {
    const why = report.modules.length
      ? ` Its ${report.modules.length} module call${report.modules.length === 1 ? ' is' : 's are'} not expanded (see above).`
      : '';
    problems.add(
      'error',
      'no-network',
      null,
      { modules: report.modules.length },
      `These files create no AWS network resource VPC Town can draw.${why}`,
    );
    return refuse();
  }
  const counts: Partial<Record<ResourceKind, number>> = {};
  for (const r of resourcesOut) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  const design: Design = { ...cfn.design, name, resources: sortParentsFirst(resourcesOut) };
  return { design, report: { ...report, counts, problems: problems.done() } };
}

/** A folder's name, or a single file's without its extension. */
function defaultName(inputs: readonly TerraformInput[]): string | null {
  const paths = inputs.map((i) => i?.path).filter((p): p is string => typeof p === 'string' && p !== '');
  if (!paths.length) return null;
  const tops = new Set(paths.map((p) => (p.includes('/') ? p.split('/').at(-2)! : '')));
  if (tops.size === 1 && !tops.has('')) return [...tops][0]!;
  return paths.length === 1 ? paths[0]!.replace(/\.(tf|json)$/i, '') : null;
}

/** CloudFormation property → the Terraform argument it came from (toCfn.ts), for the problems' wording. */
const ATTRIBUTES: Readonly<Record<string, string>> = {
  VpcId: 'vpc_id',
  CidrBlock: 'cidr_block',
  AvailabilityZone: 'availability_zone',
  SubnetId: 'subnet_id',
  SubnetIds: 'subnet_ids',
  SecurityGroupIngress: 'ingress',
  SecurityGroupEgress: 'egress',
  SecurityGroupIds: 'vpc_security_group_ids',
  GroupSet: 'vpc_security_group_ids',
  GroupId: 'security_group_id',
  RouteTableId: 'route_table_id',
  DestinationCidrBlock: 'destination_cidr_block',
  AllocationId: 'allocation_id',
  InternetGatewayId: 'internet_gateway_id',
  NatGatewayId: 'nat_gateway_id',
  GatewayId: 'gateway_id',
  NetworkAclId: 'network_acl_id',
  PeerVpcId: 'peer_vpc_id',
  InstanceId: 'instance_id',
  DBSubnetGroupName: 'db_subnet_group_name',
  VPCSecurityGroups: 'vpc_security_group_ids',
  LoadBalancerArn: 'load_balancer_arn',
  TransitGatewayId: 'transit_gateway_id',
  PrivateIpAddress: 'private_ip',
};

/** The CloudFormation reader's problem, worded for Terraform (addresses, "after apply"). */
function terraformWords(p: AwsProblem): AwsProblem {
  let message = p.message;
  const params = { ...p.params };
  const marked = new RegExp(`the value another stack exports as "${UNKNOWN_MARK}(.*?)"(?=, which| \\(|\\)|;|$)`, 'g');
  if (typeof params.why === 'string' && params.why.includes(UNKNOWN_MARK))
    params.why = params.why.replace(marked, '$1');
  message = message
    .replace(marked, '$1')
    .replace(/, which is only known when the stack is deployed/g, '')
    .replace(/a value exported by another stack \(([^)]*)\)/g, '$1')
    .replace(/not in the template/g, 'not in the configuration')
    .replace(/the template/g, 'the configuration')
    .replace(/when the stack is deployed/g, 'on terraform apply')
    .replace(/#(attachment|route\d+|ingress\d+|egress\d+|association\d+)/g, ' ($1)')
    .replace(/\.([A-Z][A-Za-z]+)\b/g, (all, key: string) =>
      Object.hasOwn(ATTRIBUTES, key) ? `.${ATTRIBUTES[key]}` : all,
    );
  if (typeof params.property === 'string' && Object.hasOwn(ATTRIBUTES, params.property))
    params.property = ATTRIBUTES[params.property]!;
  return { ...p, params, message };
}
