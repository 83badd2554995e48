/**
 * Open a CloudFormation template (issue #15): `readCfn` takes a template's text (JSON or YAML, short
 * forms included), the parameter values and the stack's region, account and name, evaluates it as
 * CloudFormation would (parameters, conditions, intrinsic functions) and converts the network it
 * creates to a design, with a report of what it imported, what it kept as external, what it left
 * out and every problem (line and column for a syntax error). Pure and synchronous; never throws.
 * The design is not laid out: the caller lays it out (layout/nested.ts), as for an AWS import.
 *
 * `templateParameters` lists what a template asks for, for a form that asks the user before the
 * import; a refusal for missing parameters lists them in `report.parameters` too.
 */
import { sortParentsFirst } from '../../model/graph.ts';
import type { Design, ResourceKind } from '../../model/types.ts';
import { DESIGN_FORMAT, DESIGN_VERSION } from '../../model/types.ts';
import { MAX_DESIGN_BYTES, MAX_RESOURCES, utf8Length } from '../json/read.ts';
import { attributeOf, convertTemplate, refOf } from './convert.ts';
import { parseTemplate } from './parse.ts';
import { checkPatterns, resolveParameters, templateParameters, type ParameterUse } from './parameters.ts';
import { Problems, type CfnProblem } from './problems.ts';
import { TemplateScope, ZONE_LETTERS } from './scope.ts';
import { isRecord } from './values.ts';

export type { CfnProblem, CfnProblemSeverity } from './problems.ts';
export type { CfnParameter, ParameterUse } from './parameters.ts';

export interface ReadCfnOptions {
  /** Parameter values by name (they win over the defaults). */
  readonly params?: Readonly<Record<string, string>>;
  /** The design's name (default: the stack name, else "Imported from CloudFormation"). */
  readonly name?: string;
  /** The stack's region (AWS::Region; default us-east-1, reported). */
  readonly region?: string;
  readonly accountId?: string;
  readonly stackName?: string;
  /** How problems name the input (a file name); default "template". */
  readonly file?: string;
}

export interface CfnImportReport {
  /** 'json' or 'yaml', once parsed. */
  readonly format: 'json' | 'yaml' | null;
  readonly counts: Readonly<Partial<Record<ResourceKind, number>>>;
  readonly externals: readonly { id: string; awsType: string; name: string }[];
  /** Resources of other services (IAM, Lambda, CloudWatch…), by type: not drawn. */
  readonly leftOut: readonly { type: string; count: number }[];
  /** Each declared parameter and the value the import used (or `missing`). */
  readonly parameters: readonly ParameterUse[];
  readonly problems: readonly CfnProblem[];
}

export interface CfnImportResult {
  readonly design: Design | null;
  readonly report: CfnImportReport;
}

const DEFAULT_REGION = 'us-east-1';
const DEFAULT_ACCOUNT = '123456789012';
const DEFAULT_STACK = 'imported-stack';

/** Pure and synchronous; never throws; design null means refused (a problem of severity 'error' says why). */
export function readCfn(text: string, options: ReadCfnOptions = {}): CfnImportResult {
  const problems = new Problems();
  const state: { format: 'json' | 'yaml' | null; parameters: ParameterUse[] } = { format: null, parameters: [] };
  try {
    return readUnsafe(typeof text === 'string' ? text : '', options, problems, state);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    problems.add(
      'error',
      'internal-error',
      null,
      { detail },
      `VPC Town could not import this template (${detail}). Nothing was changed.`,
    );
    return refused(problems, state);
  }
}

function refused(
  problems: Problems,
  state: { format: 'json' | 'yaml' | null; parameters: ParameterUse[] },
): CfnImportResult {
  return {
    design: null,
    report: {
      format: state.format,
      counts: {},
      externals: [],
      leftOut: [],
      parameters: state.parameters,
      problems: problems.done(),
    },
  };
}

function readUnsafe(
  text: string,
  options: ReadCfnOptions,
  problems: Problems,
  state: { format: 'json' | 'yaml' | null; parameters: ParameterUse[] },
): CfnImportResult {
  const file = options.file || 'template';
  if (utf8Length(text) > MAX_DESIGN_BYTES) {
    const max = MAX_DESIGN_BYTES / (1024 * 1024);
    problems.add('error', 'too-large', file, { max }, `${file} is over ${max} MB; no template is that large.`);
    return refused(problems, state);
  }
  if (text.trim() === '') {
    problems.add('error', 'empty-input', file, {}, `${file} is empty.`);
    return refused(problems, state);
  }
  const parsed = parseTemplate(text);
  if (!parsed.ok) {
    const where = parsed.line !== undefined ? { line: parsed.line, column: parsed.column ?? 1 } : undefined;
    problems.add(
      'error',
      'syntax-error',
      file,
      { detail: parsed.message },
      `${file} is ${parsed.message}${where ? ` (line ${where.line}, column ${where.column})` : ''}.`,
      where,
    );
    return refused(problems, state);
  }
  state.format = parsed.format;
  const tpl = parsed.value;
  if (isRecord(tpl) && tpl.format === 'vpc-town') {
    problems.add(
      'error',
      'is-design',
      file,
      {},
      `${file} is a VPC Town design, not a CloudFormation template: open it.`,
    );
    return refused(problems, state);
  }
  if (!isRecord(tpl) || !isRecord(tpl.Resources)) {
    problems.add(
      'error',
      'not-a-template',
      file,
      {},
      `${file} is not a CloudFormation template: it has no Resources section.`,
    );
    return refused(problems, state);
  }

  if (tpl.Transform !== undefined) {
    const names = (Array.isArray(tpl.Transform) ? tpl.Transform : [tpl.Transform])
      .map((t) => (typeof t === 'string' ? t : 'a macro'))
      .join(', ');
    if (names !== 'AWS::LanguageExtensions')
      problems.add(
        'warning',
        'transform',
        file,
        { transform: names },
        `The template uses ${names}, which rewrites it when it is deployed; what the macro adds is not in the design.`,
      );
  }

  const declared = templateParameters(tpl);
  const resolved = resolveParameters(declared, options.params ?? {}, problems, file);
  state.parameters = declared.map((p) => {
    const given = options.params && Object.hasOwn(options.params, p.name) ? options.params[p.name]! : null;
    const value = given ?? p.default;
    return {
      name: p.name,
      value: p.noEcho && value !== null ? '****' : value,
      source: given !== null ? 'given' : value !== null ? 'default' : 'missing',
    };
  });
  if (!resolved) return refused(problems, state);
  checkPatterns(tpl, resolved.values, problems, file);

  const region = options.region?.trim() || DEFAULT_REGION;
  if (!options.region?.trim())
    problems.add(
      'info',
      'region-assumed',
      file,
      { region },
      `No region was given; the stack is drawn in ${region} (AWS::Region). Give one with --region.`,
    );
  const scope = new TemplateScope(
    tpl,
    {
      file,
      region,
      accountId: options.accountId?.trim() || DEFAULT_ACCOUNT,
      stackName: options.stackName?.trim() || DEFAULT_STACK,
      params: resolved.values,
      refOf,
      attributeOf,
    },
    problems,
  );
  const converted = convertTemplate(scope, { file, region }, problems);

  for (const u of scope.undecided)
    problems.add(
      'error',
      'condition-unknown',
      file,
      { name: u.name, why: u.why },
      `The condition ${u.name} depends on ${u.why}; VPC Town cannot tell which resources it selects. Give the parameter a plain value.`,
    );
  if (scope.undecided.length) return refused(problems, state);

  if (scope.pseudoUsed.has('AWS::AccountId') && !options.accountId?.trim())
    problems.add(
      'info',
      'account-assumed',
      file,
      { account: DEFAULT_ACCOUNT },
      `AWS::AccountId is used and none was given; ${DEFAULT_ACCOUNT} stands for it.`,
    );
  if (scope.pseudoUsed.has('AWS::StackName') && !options.stackName?.trim())
    problems.add(
      'info',
      'stack-name-assumed',
      file,
      { name: DEFAULT_STACK },
      `AWS::StackName is used and none was given; "${DEFAULT_STACK}" stands for it.`,
    );
  if (scope.azsUsed)
    problems.add(
      'info',
      'azs-assumed',
      file,
      { region, zones: ZONE_LETTERS.map((l) => region + l).join(', ') },
      `Fn::GetAZs is answered with ${region}${ZONE_LETTERS[0]} to ${region}${ZONE_LETTERS.at(-1)}, in that order; the zones your account really has may differ.`,
    );
  if (isRecord(tpl.Rules) && Object.keys(tpl.Rules).length)
    problems.add(
      'info',
      'rules-not-checked',
      file,
      { count: Object.keys(tpl.Rules).length },
      'The template has Rules; VPC Town does not check them (CloudFormation does, when the stack is created).',
    );
  for (const l of converted.leftOut)
    problems.add(
      'info',
      'left-out',
      file,
      { type: l.type, count: l.count },
      `${l.count} ${l.type} resource${l.count === 1 ? '' : 's'}: not part of the network, not drawn.`,
    );

  if (converted.resources.length > MAX_RESOURCES) {
    problems.add(
      'error',
      'too-many-resources',
      file,
      { count: converted.resources.length, max: MAX_RESOURCES },
      `The template makes ${converted.resources.length} resources; VPC Town opens designs of up to ${MAX_RESOURCES}.`,
    );
    return refused(problems, state);
  }
  const counts: Partial<Record<ResourceKind, number>> = {};
  for (const r of converted.resources) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  const design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: options.name?.trim() || options.stackName?.trim() || 'Imported from CloudFormation',
    resources: sortParentsFirst(converted.resources),
    flows: [],
  };
  return {
    design,
    report: {
      format: state.format,
      counts,
      externals: converted.externals,
      leftOut: converted.leftOut,
      parameters: state.parameters,
      problems: problems.done(),
    },
  };
}

export { templateParameters } from './parameters.ts';
export { parseTemplate } from './parse.ts';

/** Whether a text looks like a CloudFormation template (io/iac/detect.ts, free of parsers for the app's first load). */
export { looksLikeCfn } from '../iac/detect.ts';
