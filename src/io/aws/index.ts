/**
 * Import a real AWS network from what read-only AWS CLI calls print (issue #13): `readAws` takes the
 * texts of describe results (files, a folder's files, a paste), tells each by its top-level keys,
 * converts them to a design and reports what it imported, what it kept as external, and every
 * problem with its place. Pure and synchronous; never throws. Layer io: the app and the CLI use it.
 */
import { sortParentsFirst } from '../../model/graph.ts';
import type { Design, ResourceKind } from '../../model/types.ts';
import { DESIGN_FORMAT, DESIGN_VERSION } from '../../model/types.ts';
import { autoLayout } from '../../layout/layout.ts';
import { MAX_DESIGN_BYTES, MAX_RESOURCES, utf8Length } from '../json/read.ts';
import { convert, type Item, type Lists } from './convert.ts';
import { Problems, type AwsProblem, type AwsProblemSeverity } from './problems.ts';
import { recognise, type CallKey } from './recognise.ts';
import { isObj, withoutUnusableIds } from './raw.ts';
import { unusableId } from '../../model/ids.ts';

export type { AwsProblem, AwsProblemSeverity } from './problems.ts';

export interface AwsInput {
  /** As given: `Vpcs.json`, `us-east-1/subnets.json`, `accounts/111122223333/eu-west-1/x.json`, `pasted text`. */
  readonly path: string;
  readonly text: string;
}

export interface AwsImportReport {
  readonly files: readonly { path: string; recognisedAs: readonly string[] }[];
  readonly counts: Readonly<Partial<Record<ResourceKind, number>>>;
  readonly externals: readonly { id: string; awsType: string; name: string }[];
  readonly kept: readonly { call: string; count: number }[];
  readonly problems: readonly AwsProblem[];
}

export interface AwsImportResult {
  readonly design: Design | null;
  readonly report: AwsImportReport;
}

export interface ReadAwsOptions {
  readonly name?: string;
  /** Lay the design out with the existing auto-layout (default true); callers with a layout of their own pass false. */
  readonly layout?: boolean;
}

/** Pure and synchronous; never throws; design null means refused (a problem of severity 'error' says why). */
export function readAws(inputs: readonly AwsInput[], options: ReadAwsOptions = {}): AwsImportResult {
  const problems = new Problems();
  const files: { path: string; recognisedAs: string[] }[] = [];
  try {
    return readUnsafe(inputs, options, problems, files);
  } catch (e) {
    problems.add(
      'error',
      'internal-error',
      null,
      { detail: e instanceof Error ? e.message : String(e) },
      `VPC Town could not import this input (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`,
    );
    return { design: null, report: { files, counts: {}, externals: [], kept: [], problems: problems.done() } };
  }
}

function readUnsafe(
  inputs: readonly AwsInput[],
  options: ReadAwsOptions,
  problems: Problems,
  files: { path: string; recognisedAs: string[] }[],
): AwsImportResult {
  const refuse = (): AwsImportResult => ({
    design: null,
    report: { files, counts: {}, externals: [], kept: [], problems: problems.done() },
  });
  const lists: Lists = {};
  let items = 0;
  let bytes = 0;
  for (const input of inputs) {
    const path = typeof input?.path === 'string' && input.path ? input.path : 'pasted text';
    const text = typeof input?.text === 'string' ? input.text : '';
    bytes += utf8Length(text);
    if (bytes > 10 * MAX_DESIGN_BYTES) {
      problems.add(
        'error',
        'too-large',
        path,
        { max: (10 * MAX_DESIGN_BYTES) / (1024 * 1024) },
        `The input is over ${(10 * MAX_DESIGN_BYTES) / (1024 * 1024)} MB; import one region or account at a time.`,
      );
      return refuse();
    }
    const rec = recognise(path, text, problems);
    files.push({ path, recognisedAs: rec ? [...rec.calls] : [] });
    if (!rec) continue;
    for (const [key, list] of Object.entries(rec.lists) as [CallKey, readonly unknown[]][]) {
      const target = (lists[key] ??= []);
      list.forEach((raw, index) => {
        if (isObj(raw)) {
          const clean = withoutUnusableIds(raw, (id) => unusableId(id) !== null);
          for (const id of new Set(clean.removed))
            problems.add(
              'warning',
              'bad-item',
              path,
              { call: key, index, reason: id },
              `${path}: entry ${index + 1} of ${key} names "${id}", which is no AWS id; that reference is left out.`,
            );
          target.push({ raw: clean.raw, file: path } satisfies Item);
          items += key === 'Reservations' && Array.isArray(raw.Instances) ? raw.Instances.length : 1;
        } else
          problems.add(
            'warning',
            'bad-item',
            path,
            { call: key, index, reason: 'object' },
            `${path}: entry ${index + 1} of ${key} is not an object; skipped.`,
          );
      });
    }
  }
  if (files.every((f) => f.recognisedAs.length === 0)) {
    problems.add(
      'error',
      'nothing-imported',
      null,
      {},
      inputs.length
        ? 'Nothing was imported: no input holds the output of an AWS describe call.'
        : 'Nothing was imported: there is no input.',
    );
    return refuse();
  }
  const tooMany = (count: number) => {
    problems.add(
      'error',
      'too-many-resources',
      null,
      { count, max: MAX_RESOURCES },
      `The input describes ${count.toLocaleString('en-US')} resources; VPC Town opens designs of up to ${MAX_RESOURCES.toLocaleString('en-US')}. Import one region, account or VPC at a time.`,
    );
    return refuse();
  };
  if (items > MAX_RESOURCES) return tooMany(items);

  const converted = convert(lists, problems);
  if (converted.resources.length > MAX_RESOURCES) return tooMany(converted.resources.length);
  const counts: Partial<Record<ResourceKind, number>> = {};
  for (const r of converted.resources) counts[r.kind] = (counts[r.kind] ?? 0) + 1;

  let design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: options.name ?? 'Imported from AWS',
    resources: sortParentsFirst(converted.resources),
    flows: [],
  };
  if (options.layout !== false) design = autoLayout(design);
  return {
    design,
    report: { files, counts, externals: converted.externals, kept: converted.kept, problems: problems.done() },
  };
}

/** The worst severity among `problems`, or null. */
export function worstSeverity(problems: readonly AwsProblem[]): AwsProblemSeverity | null {
  if (problems.some((p) => p.severity === 'error')) return 'error';
  if (problems.some((p) => p.severity === 'warning')) return 'warning';
  return problems.length ? 'info' : null;
}

/** Whether a text looks like describe output rather than a VPC Town design (for commands that take either). */
export function looksLikeAws(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/"format"\s*:\s*"vpc-town"/.test(head)) return false;
  return /^\s*\{\s*"(Vpcs|Subnets|RouteTables|NetworkAcls|SecurityGroups|Reservations|InternetGateways|NatGateways|Addresses|NetworkInterfaces|VpcPeeringConnections|AvailabilityZones|VpcEndpoints|PrefixLists|TransitGateway\w*|VpnGateways|LoadBalancers?\w*|TargetGroups|Listeners|DBInstances|NextToken)"/.test(
    head.replace(/^\uFEFF/, ''),
  );
}
