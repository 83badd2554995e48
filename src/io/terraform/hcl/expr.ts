/**
 * Terraform's expression language, parsed: hcl2json (the kept HCL parser, issue #15) turns a `.tf`
 * file into JSON whose strings are HCL templates (`"10.0.${count.index}.0/24"`, `"${var.cidr}"`), and
 * evaluates nothing. Its own expression-AST call costs a WebAssembly round trip per expression (60–120
 * ms each here) and drops object keys, so the expressions are parsed here: literals, templates,
 * traversals (`.attr`, `[i]`, `[*]`, `.*`), function calls (with `...`), tuples, objects, `for`
 * expressions, conditionals and the operators, with HCL's precedence
 * (https://developer.hashicorp.com/terraform/language/expressions/operators). A syntax error throws
 * an `ExprError` naming the column.
 */

export type Expr =
  | { readonly t: 'lit'; readonly v: string | number | boolean | null }
  | { readonly t: 'tpl'; readonly parts: readonly (string | Expr)[] }
  | { readonly t: 'var'; readonly name: string }
  | { readonly t: 'get'; readonly obj: Expr; readonly key: string }
  | { readonly t: 'idx'; readonly obj: Expr; readonly key: Expr }
  /** `obj[*]rest`: `rest` applies to each element, read through `{ t: 'anon' }`. */
  | { readonly t: 'splat'; readonly obj: Expr; readonly rest: Expr }
  | { readonly t: 'anon' }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly expand: boolean }
  | { readonly t: 'tuple'; readonly items: readonly Expr[] }
  | { readonly t: 'object'; readonly items: readonly (readonly [Expr, Expr])[] }
  | { readonly t: 'cond'; readonly c: Expr; readonly a: Expr; readonly b: Expr }
  | { readonly t: 'bin'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly t: 'un'; readonly op: '!' | '-'; readonly e: Expr }
  | {
      readonly t: 'for';
      readonly keyVar: string | null;
      readonly valVar: string;
      readonly coll: Expr;
      readonly key: Expr | null;
      readonly val: Expr;
      readonly cond: Expr | null;
      readonly group: boolean;
    };

export class ExprError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Tok =
  | { k: 'num'; v: number; at: number }
  | { k: 'id'; v: string; at: number }
  | { k: 'str'; parts: (string | Expr)[]; at: number }
  | { k: 'op'; v: string; at: number }
  | { k: 'end'; at: number };

const OPS = [
  '...',
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '!',
  '?',
  ':',
  '.',
  ',',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '=',
];

/** Parse a template's content (what hcl2json gives for a string): literal text and `${ … }` parts. */
export function parseTemplate(src: string): Expr {
  const p = new Parser(src, 0);
  const parts = p.templateParts(null);
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0]!;
  if (parts.every((x) => typeof x === 'string')) return { t: 'lit', v: parts.join('') };
  return { t: 'tpl', parts };
}

/** Parse one expression (the content of `${ … }`). */
export function parseExpression(src: string): Expr {
  const p = new Parser(src, 0);
  const e = p.expression();
  p.expectEnd();
  return e;
}

class Parser {
  private tok: Tok | null = null;
  constructor(
    private readonly src: string,
    private pos: number,
  ) {}

  /* ------------------------------------------------------------ templates */

  /** Literal text and interpolations up to `close` (a quote) or the end; `%{ }` directives are kept as text. */
  templateParts(close: '"' | null): (string | Expr)[] {
    const parts: (string | Expr)[] = [];
    let text = '';
    const s = this.src;
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (close && c === close) {
        this.pos++;
        if (text) parts.push(text);
        return parts;
      }
      if (close && c === '\\') {
        const n = s[this.pos + 1];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
        if (n === 'u' && /^[0-9a-fA-F]{4}/.test(s.slice(this.pos + 2, this.pos + 6))) {
          text += String.fromCharCode(parseInt(s.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          text += n !== undefined && n in map ? map[n] : (n ?? '');
          this.pos += 2;
        }
        continue;
      }
      if ((c === '$' || c === '%') && s[this.pos + 1] === c && s[this.pos + 2] === '{') {
        text += `${c}{`;
        this.pos += 3;
        continue;
      }
      if (c === '$' && s[this.pos + 1] === '{') {
        if (text) parts.push(text);
        text = '';
        this.pos += 2;
        this.tok = null;
        this.skipStrip();
        const e = this.expression();
        const t = this.peek();
        if (!(t.k === 'op' && t.v === '}')) throw new ExprError('expected } to close ${', t.at);
        this.pos = t.at + 1;
        this.tok = null;
        parts.push(e);
        continue;
      }
      text += c;
      this.pos++;
    }
    if (close) throw new ExprError('a string is not closed', this.pos);
    if (text) parts.push(text);
    return parts;
  }

  /** `${~ expr ~}` strip markers: whitespace control only. */
  private skipStrip() {
    if (this.src[this.pos] === '~') this.pos++;
  }

  /* ------------------------------------------------------------ tokens */

  private lex(): Tok {
    const s = this.src;
    for (;;) {
      while (this.pos < s.length && /\s/.test(s[this.pos]!)) this.pos++;
      if (s.startsWith('#', this.pos) || s.startsWith('//', this.pos)) {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (s.startsWith('/*', this.pos)) {
        const end = s.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? s.length : end + 2;
        continue;
      }
      break;
    }
    const at = this.pos;
    if (at >= s.length) return { k: 'end', at };
    const c = s[at]!;
    if (c === '~' && s[at + 1] === '}') {
      this.pos++;
      return this.lex();
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(s.slice(at))!;
      this.pos += m[0].length;
      return { k: 'num', v: Number(m[0]), at };
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.slice(at))!;
      this.pos += m[0].length;
      // HCL names may hold dashes (`aws_instance.web-1`): `count.index-1` is a name, as in Terraform.
      return { k: 'id', v: m[0], at };
    }
    if (c === '"') {
      this.pos++;
      const parts = this.templateParts('"');
      return { k: 'str', parts, at };
    }
    if (s.startsWith('<<', at)) {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)\r?\n/.exec(s.slice(at));
      if (m) {
        const bodyStart = at + m[0].length;
        const endRe = new RegExp(`^[ \\t]*${m[2]}[ \\t]*$`, 'm');
        const rest = s.slice(bodyStart);
        const em = endRe.exec(rest);
        if (!em) throw new ExprError('a heredoc is not closed', at);
        let body = rest.slice(0, em.index);
        if (m[1]) {
          const lines = body.split('\n');
          const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
          body = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
        }
        this.pos = bodyStart + em.index + em[0].length;
        const inner = new Parser(body, 0).templateParts(null);
        return { k: 'str', parts: inner, at };
      }
    }
    for (const op of OPS)
      if (s.startsWith(op, at)) {
        this.pos += op.length;
        return { k: 'op', v: op, at };
      }
    throw new ExprError(`unexpected character ${JSON.stringify(c)}`, at);
  }

  private peek(): Tok {
    this.tok ??= this.lex();
    return this.tok;
  }
  private next(): Tok {
    const t = this.peek();
    this.tok = null;
    return t;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }
  private eat(v: string): boolean {
    if (!this.isOp(v)) return false;
    this.next();
    return true;
  }
  private expect(v: string) {
    const t = this.next();
    if (!(t.k === 'op' && t.v === v)) throw new ExprError(`expected ${v}`, t.at);
  }
  expectEnd() {
    const t = this.peek();
    if (t.k !== 'end') throw new ExprError('unexpected text after the expression', t.at);
  }

  /* ------------------------------------------------------------ expressions */

  expression(): Expr {
    const c = this.binary(0);
    if (!this.eat('?')) return c;
    const a = this.expression();
    this.expect(':');
    const b = this.expression();
    return { t: 'cond', c, a, b };
  }

  private static readonly LEVELS: readonly (readonly string[])[] = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<', '>', '<=', '>='],
    ['+', '-'],
    ['*', '/', '%'],
  ];

  private binary(level: number): Expr {
    if (level >= Parser.LEVELS.length) return this.unary();
    let l = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.k === 'op' && Parser.LEVELS[level]!.includes(t.v)) {
        this.next();
        l = { t: 'bin', op: t.v, l, r: this.binary(level + 1) };
      } else return l;
    }
  }

  private unary(): Expr {
    if (this.eat('!')) return { t: 'un', op: '!', e: this.unary() };
    if (this.eat('-')) return { t: 'un', op: '-', e: this.unary() };
    return this.postfix(this.primary());
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const t = this.next();
        if (t.k === 'id') e = { t: 'get', obj: e, key: t.v };
        else if (t.k === 'num') e = { t: 'idx', obj: e, key: { t: 'lit', v: t.v } };
        else if (t.k === 'op' && t.v === '*') e = { t: 'splat', obj: e, rest: this.splatRest(true) };
        else throw new ExprError('expected a name after .', t.at);
      } else if (this.isOp('[')) {
        this.next();
        if (this.eat('*')) {
          this.expect(']');
          e = { t: 'splat', obj: e, rest: this.splatRest(false) };
        } else {
          const key = this.expression();
          this.expect(']');
          e = { t: 'idx', obj: e, key };
        }
      } else return e;
    }
  }

  /** What follows a splat applies to each element: `.a.b` (attribute-only after `.*`) and `[i]` after `[*]`. */
  private splatRest(attrOnly: boolean): Expr {
    let e: Expr = { t: 'anon' };
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const t = this.next();
        if (t.k === 'id') e = { t: 'get', obj: e, key: t.v };
        else if (t.k === 'num') e = { t: 'idx', obj: e, key: { t: 'lit', v: t.v } };
        else throw new ExprError('expected a name after .', t.at);
      } else if (!attrOnly && this.isOp('[')) {
        this.next();
        const key = this.expression();
        this.expect(']');
        e = { t: 'idx', obj: e, key };
      } else return e;
    }
  }

  private primary(): Expr {
    const t = this.next();
    if (t.k === 'num') return { t: 'lit', v: t.v };
    if (t.k === 'str') {
      const parts = t.parts;
      if (parts.length === 0) return { t: 'lit', v: '' };
      if (parts.every((x) => typeof x === 'string')) return { t: 'lit', v: parts.join('') };
      return { t: 'tpl', parts };
    }
    if (t.k === 'id') {
      if (t.v === 'true') return { t: 'lit', v: true };
      if (t.v === 'false') return { t: 'lit', v: false };
      if (t.v === 'null') return { t: 'lit', v: null };
      if (this.isOp('(')) {
        this.next();
        const args: Expr[] = [];
        let expand = false;
        while (!this.isOp(')')) {
          args.push(this.expression());
          if (this.eat('...')) expand = true;
          if (!this.eat(',')) break;
        }
        this.expect(')');
        // provider::aws::fn and similar namespaced names are not Terraform's own functions.
        return { t: 'call', name: t.v, args, expand };
      }
      return { t: 'var', name: t.v };
    }
    if (t.k === 'op' && t.v === '(') {
      const e = this.expression();
      this.expect(')');
      return e;
    }
    if (t.k === 'op' && t.v === '[') {
      if (this.peekFor()) return this.forExpr(false);
      const items: Expr[] = [];
      while (!this.isOp(']')) {
        items.push(this.expression());
        if (!this.eat(',')) break;
      }
      this.expect(']');
      return { t: 'tuple', items };
    }
    if (t.k === 'op' && t.v === '{') {
      if (this.peekFor()) return this.forExpr(true);
      const items: [Expr, Expr][] = [];
      while (!this.isOp('}')) {
        const k = this.peek();
        let key: Expr;
        if (k.k === 'id' && !['true', 'false', 'null'].includes(k.v)) {
          this.next();
          key = this.isOp('=') || this.isOp(':') ? { t: 'lit', v: k.v } : this.postfix({ t: 'var', name: k.v });
        } else key = this.expression();
        if (!this.eat('=') && !this.eat(':')) throw new ExprError('expected = in an object', this.peek().at);
        items.push([key, this.expression()]);
        if (!this.eat(',')) continue;
      }
      this.expect('}');
      return { t: 'object', items };
    }
    throw new ExprError('expected an expression', t.at);
  }

  private peekFor(): boolean {
    const t = this.peek();
    return t.k === 'id' && t.v === 'for';
  }

  private forExpr(obj: boolean): Expr {
    this.next(); // for
    const a = this.next();
    if (a.k !== 'id') throw new ExprError('expected a name after for', a.at);
    let keyVar: string | null = null;
    let valVar = a.v;
    if (this.eat(',')) {
      const b = this.next();
      if (b.k !== 'id') throw new ExprError('expected a name', b.at);
      keyVar = a.v;
      valVar = b.v;
    }
    const kw = this.next();
    if (!(kw.k === 'id' && kw.v === 'in')) throw new ExprError('expected in', kw.at);
    const coll = this.expression();
    this.expect(':');
    let key: Expr | null = null;
    let val = this.expression();
    if (obj) {
      this.expect('=>');
      key = val;
      val = this.expression();
    }
    const group = obj && this.eat('...');
    let cond: Expr | null = null;
    const t = this.peek();
    if (t.k === 'id' && t.v === 'if') {
      this.next();
      cond = this.expression();
    }
    this.expect(obj ? '}' : ']');
    return { t: 'for', keyVar, valVar, coll, key, val, cond, group };
  }
}
