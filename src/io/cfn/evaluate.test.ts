/**
 * Each intrinsic function and each short-form tag, evaluated as CloudFormation evaluates it (the
 * examples of the CloudFormation template reference where it gives one), through the template scope
 * that readCfn uses: a probe resource holds the expression and the test reads its property.
 */
import { describe, expect, it } from 'vitest';
import { Problems } from '../aws/problems.ts';
import { cidrSplit } from './cidr.ts';
import { attributeOf, refOf } from './convert.ts';
import { parseTemplate } from './parse.ts';
import { resolveParameters, templateParameters } from './parameters.ts';
import { TemplateScope } from './scope.ts';
import { NO_VALUE, Unknown, type Value } from './values.ts';

interface Extra {
  Parameters?: Record<string, unknown>;
  Mappings?: Record<string, unknown>;
  Conditions?: Record<string, unknown>;
  Resources?: Record<string, unknown>;
}

function scopeOf(extra: Extra, opts: { params?: Record<string, string>; region?: string } = {}) {
  const problems = new Problems();
  const tpl = { ...extra, Resources: { ...extra.Resources } };
  const params = resolveParameters(templateParameters(tpl), opts.params ?? {}, problems, 't')!.values;
  const scope = new TemplateScope(
    tpl,
    {
      file: 't',
      region: opts.region ?? 'eu-west-1',
      accountId: '111122223333',
      stackName: 'net',
      params,
      refOf,
      attributeOf,
    },
    problems,
  );
  return { scope, problems };
}

/** The value of `expr` (long form, or parsed from YAML when a string starting with `!`), and the problems. */
function ev(expr: unknown, extra: Extra = {}, opts: { params?: Record<string, string>; region?: string } = {}) {
  let e = expr;
  if (typeof expr === 'string' && /^[!{]/.test(expr)) {
    const parsed = parseTemplate(`X: ${expr}\n`);
    if (!parsed.ok) throw new Error(parsed.message);
    e = (parsed.value as { X: unknown }).X;
  }
  const probe = { Type: 'AWS::CloudFormation::WaitConditionHandle', Properties: { X: e } };
  const { scope, problems } = scopeOf({ ...extra, Resources: { ...extra.Resources, Probe: probe } }, opts);
  const value: Value = scope.prop(scope.resources.get('Probe')!, 'X');
  return { value, problems: problems.done(), codes: problems.done().map((p) => p.code) };
}

const VPC = { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.20.0.0/16' } };

describe('parsing short forms', () => {
  it('turns every short-form tag into its long form', () => {
    const parsed = parseTemplate(
      [
        'A: !Ref Name',
        'B: !GetAtt Res.Attr.Deep',
        'C: !Sub "x-${Y}"',
        'D: !Sub ["${A}", { A: !Ref B }]',
        'E: !Join [",", [a, !Ref b]]',
        'F: !Select [0, !GetAZs ""]',
        'G: !GetAZs',
        'H: !Cidr [10.0.0.0/16, 2, 8]',
        'I: !If [C, 1, 2]',
        'J: !Equals [a, b]',
        'K: !And [!Condition X, !Or [!Not [!Condition Y], !Condition Z]]',
        'L: !FindInMap [M, k1, k2]',
        'M: !Split [",", "a,b"]',
        'N: !Base64 hi',
        'O: !ImportValue exported',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toEqual({
      A: { Ref: 'Name' },
      B: { 'Fn::GetAtt': ['Res', 'Attr.Deep'] },
      C: { 'Fn::Sub': 'x-${Y}' },
      D: { 'Fn::Sub': ['${A}', { A: { Ref: 'B' } }] },
      E: { 'Fn::Join': [',', ['a', { Ref: 'b' }]] },
      F: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      G: { 'Fn::GetAZs': '' },
      H: { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] },
      I: { 'Fn::If': ['C', 1, 2] },
      J: { 'Fn::Equals': ['a', 'b'] },
      K: {
        'Fn::And': [{ Condition: 'X' }, { 'Fn::Or': [{ 'Fn::Not': [{ Condition: 'Y' }] }, { Condition: 'Z' }] }],
      },
      L: { 'Fn::FindInMap': ['M', 'k1', 'k2'] },
      M: { 'Fn::Split': [',', 'a,b'] },
      N: { 'Fn::Base64': 'hi' },
      O: { 'Fn::ImportValue': 'exported' },
    });
  });

  it('reports a YAML syntax error with its line and column', () => {
    const r = parseTemplate('Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Type: AWS::EC2::Subnet\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('unique');
    expect([r.line, r.column]).toEqual([4, 5]);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const text = '{\n  "Resources": {\n    "A": { "Type": "AWS::EC2::VPC", }\n  }\n}';
    const r = parseTemplate(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(3);
    expect(r.column).toBe(text.split('\n')[2]!.indexOf('}') + 1);
  });
});

describe('Ref', () => {
  const Parameters = { Env: { Type: 'String', Default: 'dev' } };
  it('gives a parameter its default, or the value given', () => {
    expect(ev('!Ref Env', { Parameters }).value).toBe('dev');
    expect(ev('!Ref Env', { Parameters }, { params: { Env: 'prod' } }).value).toBe('prod');
  });
  it('gives the pseudo parameters', () => {
    expect(ev({ Ref: 'AWS::Region' }).value).toBe('eu-west-1');
    expect(ev({ Ref: 'AWS::AccountId' }).value).toBe('111122223333');
    expect(ev({ Ref: 'AWS::StackName' }).value).toBe('net');
    expect(ev({ Ref: 'AWS::Partition' }, {}, { region: 'cn-north-1' }).value).toBe('aws-cn');
    expect(ev({ Ref: 'AWS::URLSuffix' }, {}, { region: 'cn-north-1' }).value).toBe('amazonaws.com.cn');
    expect(ev({ Ref: 'AWS::Partition' }).value).toBe('aws');
  });
  it('gives a resource its id in the design', () => {
    expect(ev('!Ref Vpc', { Resources: { Vpc: VPC } }).value).toBe('vpc-Vpc');
  });
  it('AWS::NoValue removes the property and list entries', () => {
    expect(ev({ Ref: 'AWS::NoValue' }).value).toBe(NO_VALUE);
    expect(ev(['a', { Ref: 'AWS::NoValue' }, 'b']).value).toEqual(['a', 'b']);
    expect(ev({ k: { Ref: 'AWS::NoValue' }, j: 1 }).value).toEqual({ j: 1 });
  });
  it('a name the template lacks is unknown and reported', () => {
    const r = ev('!Ref Nope');
    expect(r.value).toBeInstanceOf(Unknown);
    expect(r.codes).toContain('unknown-reference');
  });
});

describe('Fn::Sub', () => {
  it('substitutes ${AWS::Region}, parameters and ${Res.Attr}', () => {
    const r = ev("!Sub 'com.amazonaws.${AWS::Region}.s3 in ${Vpc.CidrBlock}, ${!Literal}'", {
      Resources: { Vpc: VPC },
    });
    expect(r.value).toBe('com.amazonaws.eu-west-1.s3 in 10.20.0.0/16, ${Literal}');
  });
  it('takes a variables map in the list form', () => {
    expect(ev('!Sub ["${AWS::Region}${AZ}", { AZ: b }]').value).toBe('eu-west-1b');
  });
  it('is unknown when a part is (an imported value)', () => {
    const r = ev('!Sub ["${X}-a", { X: !ImportValue net-Prefix }]');
    expect(r.value).toBeInstanceOf(Unknown);
  });
});

describe('Fn::Join, Fn::Select, Fn::Split, Fn::GetAZs', () => {
  it('Join joins values, lists from other functions included', () => {
    expect(ev('!Join ["-", [a, !Ref AWS::Region, 3]]').value).toBe('a-eu-west-1-3');
    expect(ev('!Join ["", !Split [",", "x,y,z"]]').value).toBe('xyz');
  });
  it('Select picks by index (a number or a string of digits)', () => {
    expect(ev('!Select [1, [a, b, c]]').value).toBe('b');
    expect(ev('!Select ["2", [a, b, c]]').value).toBe('c');
  });
  it('Select out of range is the error CloudFormation reports; the value is unknown', () => {
    const r = ev('!Select [3, [a, b, c]]');
    expect(r.value).toBeInstanceOf(Unknown);
    expect(r.problems.find((p) => p.code === 'bad-expression')?.message).toContain('index 3 is out of range');
  });
  it("GetAZs gives the stack's region's zones a, b, c… in order, and another region's when named", () => {
    expect(ev('!Select [0, !GetAZs ""]').value).toBe('eu-west-1a');
    expect(ev({ 'Fn::Select': [2, { 'Fn::GetAZs': { Ref: 'AWS::Region' } }] }).value).toBe('eu-west-1c');
    expect(ev('!GetAZs us-east-2').value).toEqual([
      'us-east-2a',
      'us-east-2b',
      'us-east-2c',
      'us-east-2d',
      'us-east-2e',
      'us-east-2f',
    ]);
  });
  it('Split splits at the delimiter', () => {
    expect(ev('!Split ["|", "a|b||c"]').value).toEqual(['a', 'b', '', 'c']);
  });
});

describe('Fn::Cidr', () => {
  it("gives AWS's documented example: 6 /27 blocks of 192.168.0.0/24", () => {
    expect(ev('!Cidr ["192.168.0.0/24", 6, 5]').value).toEqual([
      '192.168.0.0/27',
      '192.168.0.32/27',
      '192.168.0.64/27',
      '192.168.0.96/27',
      '192.168.0.128/27',
      '192.168.0.160/27',
    ]);
    // The JSON form in the reference writes the numbers as strings.
    expect(ev({ 'Fn::Cidr': ['192.168.0.0/24', '6', '5'] }).value).toHaveLength(6);
  });
  it('splits a VPC block read with GetAtt, as the reference IPv6 example does for IPv4', () => {
    expect(ev('!Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 1, 8]]', { Resources: { Vpc: VPC } }).value).toBe(
      '10.20.0.0/24',
    );
    expect(ev('!Select [3, !Cidr [!GetAtt Vpc.CidrBlock, 4, 12]]', { Resources: { Vpc: VPC } }).value).toBe(
      '10.20.48.0/20',
    );
  });
  it('splits IPv6 blocks (/64s of a /56)', () => {
    expect(cidrSplit('2001:db8:1234:1a00::/56', 2, 64)).toEqual(['2001:db8:1234:1a00::/64', '2001:db8:1234:1a01::/64']);
  });
  it('refuses blocks that do not fit, as CloudFormation does', () => {
    expect(() => cidrSplit('10.0.0.0/24', 3, 7)).toThrow(/holds only 2/);
    expect(() => cidrSplit('10.0.0.0/24', 1, 9)).toThrow(/do not fit/);
    expect(() => cidrSplit('10.0.0.0/24', 0, 4)).toThrow(/1 to 256/);
    expect(() => cidrSplit('banana', 1, 4)).toThrow(/not a CIDR/);
  });
});

describe('conditions and Fn::If', () => {
  const Parameters = { Env: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] } };
  const Conditions = {
    IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
    NotProd: { 'Fn::Not': [{ Condition: 'IsProd' }] },
    Both: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': ['a', 'a'] }] },
    Either: { 'Fn::Or': [{ Condition: 'IsProd' }, { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] }] },
    Loop: { 'Fn::Not': [{ Condition: 'Loop' }] },
  };
  const x = { Parameters, Conditions };
  it('Equals, Not, And, Or decide as CloudFormation does', () => {
    expect(ev({ 'Fn::If': ['IsProd', 'y', 'n'] }, x).value).toBe('n');
    expect(ev({ 'Fn::If': ['IsProd', 'y', 'n'] }, x, { params: { Env: 'prod' } }).value).toBe('y');
    expect(ev({ 'Fn::If': ['NotProd', 'y', 'n'] }, x).value).toBe('y');
    expect(ev({ 'Fn::If': ['Both', 'y', 'n'] }, x, { params: { Env: 'prod' } }).value).toBe('y');
    expect(ev({ 'Fn::If': ['Both', 'y', 'n'] }, x).value).toBe('n');
    expect(ev({ 'Fn::If': ['Either', 'y', 'n'] }, x).value).toBe('y');
    expect(ev({ 'Fn::If': ['Either', 'y', 'n'] }, x, { region: 'us-east-1' }).value).toBe('n');
  });
  it('!If with AWS::NoValue leaves the property out', () => {
    expect(ev('!If [IsProd, arn:x, !Ref AWS::NoValue]', x).value).toBe(NO_VALUE);
    expect(ev({ a: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] }, b: 2 }, x).value).toEqual({ b: 2 });
  });
  it('evaluates only the branch it takes', () => {
    const r = ev('!If [IsProd, !Select [9, [a]], fine]', x);
    expect(r.value).toBe('fine');
    expect(r.codes).toEqual([]);
  });
  it('a condition that depends on itself is reported, not looped on', () => {
    const r = ev({ 'Fn::If': ['Loop', 'y', 'n'] }, x);
    expect(r.value).toBeInstanceOf(Unknown);
    expect(r.problems.find((p) => p.code === 'bad-expression')?.message).toContain('depends on itself');
  });
  it('an undefined condition is reported', () => {
    expect(ev({ 'Fn::If': ['Nope', 1, 2] }, x).codes).toContain('bad-expression');
  });
});

describe('Fn::FindInMap, Fn::Base64, Fn::ImportValue, Fn::GetAtt, Fn::Length', () => {
  const Mappings = { Net: { 'eu-west-1': { Cidr: '10.1.0.0/16' }, 'us-east-1': { Cidr: '10.2.0.0/16' } } };
  it('FindInMap looks up by keys that are themselves functions', () => {
    expect(ev('!FindInMap [Net, !Ref AWS::Region, Cidr]', { Mappings }).value).toBe('10.1.0.0/16');
    expect(ev('!FindInMap [Net, !Ref AWS::Region, Cidr]', { Mappings }, { region: 'us-east-1' }).value).toBe(
      '10.2.0.0/16',
    );
  });
  it('FindInMap of a missing key is reported; a DefaultValue (LanguageExtensions) is used', () => {
    expect(ev('!FindInMap [Net, ap-south-1, Cidr]', { Mappings }).codes).toContain('bad-expression');
    expect(ev({ 'Fn::FindInMap': ['Net', 'ap-south-1', 'Cidr', { DefaultValue: 'none' }] }, { Mappings }).value).toBe(
      'none',
    );
  });
  it('Base64 encodes UTF-8', () => {
    expect(ev('!Base64 hello').value).toBe('aGVsbG8=');
    expect(ev('!Base64 "é"').value).toBe('w6k=');
  });
  it('ImportValue is unknown, named for the export', () => {
    // `!ImportValue !Sub …` is two tags on one node, which YAML (and CloudFormation) refuse: the long form.
    const v = ev("{ 'Fn::ImportValue': !Sub '${AWS::StackName}-VpcId' }").value as Unknown;
    expect(v).toBeInstanceOf(Unknown);
    expect(v.importName).toBe('net-VpcId');
  });
  it("GetAtt gives what the template says (a VPC's block, its default group) and leaves AWS's attributes unknown", () => {
    const Resources = { Vpc: VPC };
    expect(ev('!GetAtt Vpc.CidrBlock', { Resources }).value).toBe('10.20.0.0/16');
    expect(ev({ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }, { Resources }).value).toBe('sg-vpc-Vpc-default');
    expect(ev('!GetAtt Vpc.Ipv6CidrBlocks', { Resources }).value).toBeInstanceOf(Unknown);
  });
  it('Length counts a list', () => {
    expect(ev({ 'Fn::Length': [1, 2, 3] }).value).toBe(3);
  });
});
