/**
 * The HCL parser: hcl2json (`@cdktn/hcl2json`, MPL-2.0, the maintained fork of `@cdktf/hcl2json`),
 * HashiCorp's own HCL library compiled to WebAssembly, which turns a `.tf` file into JSON. Its
 * loader is Node-only; the app passes its own (ui/iacImport/browserHcl.ts). Loaded on first use.
 */

/** Parse one file's text; rejects with hcl2json's message (`main.tf:3,5-6: Invalid expression; …`). */
export type HclParser = (file: string, text: string) => Promise<unknown>;

let node: Promise<HclParser> | null = null;

/** Node's parser (the CLI, the tests): the package's own loader, imported when first needed. */
export function nodeHclParser(): Promise<HclParser> {
  // A variable specifier: bundlers leave it alone (the app never loads the Node loader).
  const spec = '@cdktn/hcl2json';
  node ??= import(/* @vite-ignore */ spec).then((m: { parse: (f: string, t: string) => Promise<unknown> }) => {
    const parse = m.parse ?? (m as unknown as { default: { parse: HclParser } }).default.parse;
    return (file: string, text: string) => parse(file, text);
  });
  return node;
}

/** Where hcl2json says a syntax error is: `file:LINE,COLUMN-…`. */
export function errorPlace(message: string): { line: number; column: number } | null {
  const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
}

/** hcl2json's message without its wrapper (`parse config: [ … ]`). */
export function errorText(message: string): string {
  return message
    .replace(/^parse config:\s*\[/, '')
    .replace(/\]\s*$/, '')
    .trim();
}
