/**
 * The evaluation scope of one template: parameters and pseudo parameters, the Conditions section
 * (each condition evaluated once, lazily, cycles refused), the resources `Ref` and `Fn::GetAtt`
 * name, and each resource's properties, evaluated lazily one property at a time so that a
 * `!GetAtt VPC.CidrBlock` finds the VPC's block whatever the order of the template. An expression
 * CloudFormation would reject is reported and gives an unknown value; it never stops the import.
 */
import type { Problems } from '../aws/problems.ts';
import { conditionValue, evaluate, type Scope } from './evaluate.ts';
import { NO_VALUE, TemplateError, Unknown, isRecord, type Value } from './values.ts';

export interface CfnResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly condition: string | null;
}

export interface ScopeOptions {
  readonly file: string;
  readonly region: string;
  readonly accountId: string;
  readonly stackName: string;
  readonly params: ReadonlyMap<string, Value>;
  /** The id a resource's `Ref` gives (its model id), by logical id and type. */
  readonly refOf: (r: CfnResource) => Value;
  /** `Fn::GetAtt` of a resource, given a reader of its evaluated properties. */
  readonly attributeOf: (r: CfnResource, attribute: string, prop: (key: string) => Value) => Value;
}

/** The zones `Fn::GetAZs` gives: the region's a to f (the account's real list is only known to AWS). */
export const ZONE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

function partitionOf(region: string): { partition: string; urlSuffix: string } {
  if (region.startsWith('cn-')) return { partition: 'aws-cn', urlSuffix: 'amazonaws.com.cn' };
  if (region.startsWith('us-gov-')) return { partition: 'aws-us-gov', urlSuffix: 'amazonaws.com' };
  return { partition: 'aws', urlSuffix: 'amazonaws.com' };
}

export class TemplateScope implements Scope {
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly resources = new Map<string, CfnResource>();
  /** Conditions that could not be decided (they depend on a value only known at deploy): the import is refused. */
  readonly undecided: { name: string; why: string }[] = [];
  /** Pseudo parameters the template used (the report says which were assumed). */
  readonly pseudoUsed = new Set<string>();
  azsUsed = false;
  private readonly conditions: Readonly<Record<string, unknown>>;
  private readonly decided = new Map<string, boolean>();
  private readonly deciding = new Set<string>();
  private readonly props = new Map<string, Value>();
  private readonly evaluating = new Set<string>();
  private readonly reported = new Set<string>();

  constructor(
    template: Readonly<Record<string, unknown>>,
    private readonly o: ScopeOptions,
    private readonly problems: Problems,
  ) {
    this.mappings = isRecord(template.Mappings) ? template.Mappings : {};
    this.conditions = isRecord(template.Conditions) ? template.Conditions : {};
    const resources = isRecord(template.Resources) ? template.Resources : {};
    for (const [logicalId, r] of Object.entries(resources)) {
      if (!isRecord(r) || typeof r.Type !== 'string') {
        problems.add(
          'warning',
          'bad-resource',
          o.file,
          { id: logicalId },
          `The resource ${logicalId} has no Type; it is left out.`,
        );
        continue;
      }
      this.resources.set(logicalId, {
        logicalId,
        type: r.Type,
        properties: isRecord(r.Properties) ? r.Properties : {},
        condition: typeof r.Condition === 'string' ? r.Condition : null,
      });
    }
  }

  /** Whether a resource is created with these parameters (no Condition, or a true one). */
  included(r: CfnResource): boolean {
    if (r.condition === null) return true;
    try {
      return this.condition(r.condition);
    } catch (e) {
      this.fail(r.logicalId, 'Condition', e);
      return false;
    }
  }

  condition(name: string): boolean {
    const known = this.decided.get(name);
    if (known !== undefined) return known;
    if (!Object.hasOwn(this.conditions, name)) throw new TemplateError(`there is no condition named ${name}`);
    if (this.deciding.has(name)) throw new TemplateError(`the condition ${name} depends on itself`);
    this.deciding.add(name);
    let value: boolean;
    try {
      const v = conditionValue(this.conditions[name], this);
      if (v instanceof Unknown) {
        this.undecided.push({ name, why: v.why });
        value = false;
      } else value = v;
    } finally {
      this.deciding.delete(name);
    }
    this.decided.set(name, value);
    return value;
  }

  ref(name: string): Value {
    if (name.startsWith('AWS::')) return this.pseudo(name);
    if (this.o.params.has(name)) return this.o.params.get(name)!;
    const r = this.resources.get(name);
    if (!r) {
      this.once(
        `ref:${name}`,
        'unknown-reference',
        { name },
        `Ref names ${name}, which is neither a parameter nor a resource of the template; its value is unknown.`,
      );
      return new Unknown(`${name}, which the template does not define`);
    }
    if (!this.included(r)) {
      this.once(
        `excluded:${name}`,
        'excluded-reference',
        { name },
        `${name} is referred to but not created with these parameters (its condition is false); the reference is unknown.`,
      );
      return new Unknown(`${name}, which is not created with these parameters`);
    }
    return this.o.refOf(r);
  }

  getAtt(name: string, attribute: string): Value {
    const r = this.resources.get(name);
    if (!r) {
      this.once(
        `att:${name}`,
        'unknown-reference',
        { name },
        `Fn::GetAtt names ${name}, which is not a resource of the template; its value is unknown.`,
      );
      return new Unknown(`${name}.${attribute}, of a resource the template does not define`);
    }
    if (!this.included(r)) return new Unknown(`${name}.${attribute}, of a resource not created with these parameters`);
    return this.o.attributeOf(r, attribute, (key) => this.prop(r, key));
  }

  azs(region: string): string[] {
    this.azsUsed = true;
    const r = region || this.o.region;
    return ZONE_LETTERS.map((l) => `${r}${l}`);
  }

  private pseudo(name: string): Value {
    this.pseudoUsed.add(name);
    const { partition, urlSuffix } = partitionOf(this.o.region);
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Region':
        return this.o.region;
      case 'AWS::AccountId':
        return this.o.accountId;
      case 'AWS::StackName':
        return this.o.stackName;
      case 'AWS::Partition':
        return partition;
      case 'AWS::URLSuffix':
        return urlSuffix;
      case 'AWS::NotificationARNs':
        return [];
      case 'AWS::StackId':
        return new Unknown('the stack id (AWS::StackId), set when the stack is created');
    }
    this.once(
      `pseudo:${name}`,
      'unknown-reference',
      { name },
      `${name} is not a pseudo parameter; its value is unknown.`,
    );
    return new Unknown(`${name}, not a pseudo parameter`);
  }

  /** One property of a resource, evaluated once; a rejected expression is reported and unknown. */
  prop(r: CfnResource, key: string): Value {
    const k = `${r.logicalId}\u0000${key}`;
    const known = this.props.get(k);
    if (known !== undefined) return known;
    if (!Object.hasOwn(r.properties, key)) return NO_VALUE;
    if (this.evaluating.has(k)) {
      this.fail(r.logicalId, key, new TemplateError('it depends on itself'));
      return new Unknown(`${r.logicalId}.${key}, which depends on itself`);
    }
    this.evaluating.add(k);
    let v: Value;
    try {
      v = evaluate(r.properties[key], this);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      this.fail(r.logicalId, key, e);
      v = new Unknown(`${r.logicalId}.${key}, an expression CloudFormation would reject`);
    } finally {
      this.evaluating.delete(k);
    }
    this.props.set(k, v);
    return v;
  }

  private fail(logicalId: string, key: string, e: unknown) {
    const detail = e instanceof Error ? e.message : String(e);
    this.problems.add(
      'warning',
      'bad-expression',
      this.o.file,
      { id: logicalId, property: key, detail },
      `${logicalId}.${key}: ${detail}. CloudFormation would reject it; VPC Town leaves the value unknown.`,
    );
  }

  private once(key: string, code: string, params: Record<string, string>, message: string) {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.add('warning', code, this.o.file, params, message);
  }
}
