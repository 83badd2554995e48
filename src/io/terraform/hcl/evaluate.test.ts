/**
 * Terraform expressions, parsed and evaluated (expr.ts, evaluate.ts, functions.ts): each function the
 * reader evaluates, with Terraform's documented answers
 * (developer.hashicorp.com/terraform/language/functions), and unknowns that stay unknown.
 */
import { describe, expect, it } from 'vitest';
import { parseTemplate } from './expr.ts';
import { EvalError, evaluate, type EvalScope } from './evaluate.ts';
import { TfInstance, TfRef, TfUnknown, type TfValue } from '../values.ts';

const VARS: Record<string, TfValue> = {
  cidr: '10.0.0.0/16',
  azs: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
  subnets: { a: '10.0.1.0/24', b: '10.0.2.0/24' },
  unknown: new TfUnknown('var.unknown, not given'),
};
const scope: EvalScope = {
  member: (root, key) => {
    if (root === 'var') return VARS[key];
    if (root === 'aws_vpc' && key === 'main') return new TfInstance('aws_vpc.main');
    if (root === 'aws_subnet' && key === 'app')
      return [new TfInstance('aws_subnet.app[0]'), new TfInstance('aws_subnet.app[1]')];
    return undefined;
  },
  root: (name) => (name === 'count' ? { index: 1 } : undefined),
  attr: (address, key) =>
    key === 'cidr_block' && address === 'aws_vpc.main' ? '10.0.0.0/16' : new TfRef(address, key),
};
const ev = (src: string) => evaluate(parseTemplate(src), scope);

describe('functions', () => {
  it('cidrsubnet: IPv4 and IPv6, as documented', () => {
    expect(ev('${cidrsubnet("172.16.0.0/12", 4, 2)}')).toBe('172.18.0.0/16');
    expect(ev('${cidrsubnet("10.1.2.0/24", 4, 15)}')).toBe('10.1.2.240/28');
    expect(ev('${cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)}')).toBe('fd00:fd12:3456:7800:a200::/72');
    expect(ev('${cidrsubnet(var.cidr, 8, count.index + 1)}')).toBe('10.0.2.0/24');
    expect(() => ev('${cidrsubnet("10.0.0.0/30", 4, 0)}')).toThrow(EvalError);
    expect(() => ev('${cidrsubnet("10.0.0.0/16", 2, 4)}')).toThrow(EvalError);
  });
  it('element wraps around; length of lists, maps and strings', () => {
    expect(ev('${element(var.azs, 4)}')).toBe('eu-west-1b');
    expect(ev('${element(var.azs, count.index)}')).toBe('eu-west-1b');
    expect(ev('${length(var.azs)}')).toBe(3);
    expect(ev('${length(var.subnets)}')).toBe(2);
    expect(ev('${length("abc")}')).toBe(3);
    // The length of a list of unknown ids is known.
    expect(ev('${length(aws_subnet.app[*].id)}')).toBe(2);
  });
  it('concat, lookup, tolist, toset, merge', () => {
    expect(ev('${concat(["a"], ["b", "c"])}')).toEqual(['a', 'b', 'c']);
    expect(ev('${lookup(var.subnets, "b", "none")}')).toBe('10.0.2.0/24');
    expect(ev('${lookup(var.subnets, "z", "none")}')).toBe('none');
    expect(() => ev('${lookup(var.subnets, "z")}')).toThrow(EvalError);
    expect(ev('${tolist(["x"])}')).toEqual(['x']);
    expect(ev('${toset(["b", "a", "b"])}')).toEqual(['a', 'b']);
    expect(ev('${merge({a = 1, b = 2}, {b = 3})}')).toEqual({ a: 1, b: 3 });
  });
  it('format: verbs and widths', () => {
    expect(ev('${format("subnet-%s-%02d", "app", 3)}')).toBe('subnet-app-03');
    expect(ev('${format("%d%%", 50)}')).toBe('50%');
    expect(ev('${format("%q", "x")}')).toBe('"x"');
  });
  it('try and can catch what Terraform would reject', () => {
    expect(ev('${try(var.subnets.z, "fallback")}')).toBe('fallback');
    expect(ev('${can(var.subnets.z)}')).toBe(false);
    expect(ev('${can(var.subnets.a)}')).toBe(true);
  });
  it('an unknown argument gives an unknown answer, never a guess', () => {
    expect(ev('${cidrsubnet(var.unknown, 8, 1)}')).toBeInstanceOf(TfUnknown);
    expect(ev('${format("%s-x", var.unknown)}')).toBeInstanceOf(TfUnknown);
    expect(ev('prefix-${var.unknown}')).toBeInstanceOf(TfUnknown);
    expect(ev('${var.unknown ? 1 : 2}')).toBeInstanceOf(TfUnknown);
    expect(ev('${file("x.txt")}')).toBeInstanceOf(TfUnknown);
  });
});

describe('expressions', () => {
  it('templates, conditionals, operators and precedence', () => {
    expect(ev('10.0.${count.index}.0/24')).toBe('10.0.1.0/24');
    expect(ev('${1 + 2 * 3}')).toBe(7);
    expect(ev('${(1 + 2) * 3}')).toBe(9);
    expect(ev('${!false && 2 >= 2 || false}')).toBe(true);
    expect(ev('${count.index == 1 ? "one" : "other"}')).toBe('one');
    expect(ev('${-3 % 2}')).toBe(-1);
  });
  it('for expressions over lists and maps, with if and grouping', () => {
    expect(ev('${[for i, az in var.azs : cidrsubnet(var.cidr, 8, i) if i < 2]}')).toEqual([
      '10.0.0.0/24',
      '10.0.1.0/24',
    ]);
    expect(ev('${{for k, v in var.subnets : v => k}}')).toEqual({ '10.0.1.0/24': 'a', '10.0.2.0/24': 'b' });
    expect(ev('${{for az in var.azs : substr(az, 0, 9) => az...}}')).toEqual({
      'eu-west-1': ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
    });
  });
  it('references: a known attribute is its value, a computed one a reference to its resource', () => {
    expect(ev('${aws_vpc.main.cidr_block}')).toBe('10.0.0.0/16');
    expect(ev('${aws_vpc.main.id}')).toEqual(new TfRef('aws_vpc.main', 'id'));
    expect(ev('${aws_subnet.app[*].id}')).toEqual([
      new TfRef('aws_subnet.app[0]', 'id'),
      new TfRef('aws_subnet.app[1]', 'id'),
    ]);
    expect(ev('${aws_subnet.app.*.id}')).toEqual([
      new TfRef('aws_subnet.app[0]', 'id'),
      new TfRef('aws_subnet.app[1]', 'id'),
    ]);
    expect(ev('${element(aws_subnet.app[*].id, 1)}')).toEqual(new TfRef('aws_subnet.app[1]', 'id'));
    expect(ev('${aws_subnet.app[0].id}')).toEqual(new TfRef('aws_subnet.app[0]', 'id'));
  });
  it('strings: escapes, heredocs, $${ kept literally', () => {
    expect(ev('${"a\\"b"}')).toBe('a"b');
    expect(ev('$${not} ${"x"}')).toBe('${not} x');
    expect(ev('${<<-EOT\n    hello\n    EOT\n}')).toBe('hello\n');
  });
  it('a syntax error throws', () => {
    expect(() => parseTemplate('${1 +}')).toThrow();
    expect(() => parseTemplate('${"open}')).toThrow();
  });
});
