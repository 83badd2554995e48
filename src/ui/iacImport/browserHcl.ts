/**
 * hcl2json's parser in the browser. The package's loader reads its WebAssembly with Node's fs and
 * zlib, so the app loads it itself: Go's `wasm_exec.js` (shipped in the package) defines `Go`, the
 * gzipped module is fetched as an asset and unzipped with the browser's DecompressionStream, and
 * the Go program registers `parse` on `__parse_terraform_config_wasm__`, as it does under Node.
 * Loaded the first time a .tf file is read (about 1.9 MB gzipped), never with the app.
 */
import type { HclParser } from '../../io/terraform/index.ts';

type GoCallback = (err: string | null, out?: string) => void;
interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

let ready: Promise<HclParser> | null = null;

async function unzipped(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  // A server may have sent it with Content-Encoding: gzip, and the browser unzipped it already.
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function browserHclParser(): Promise<HclParser> {
  ready ??= (async () => {
    const [{ default: url }] = await Promise.all([
      import('@cdktn/hcl2json/main.wasm.gz?url'),
      import('@cdktn/hcl2json/wasm/wasm_exec.js'),
    ]);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`the HCL parser could not be fetched (HTTP ${res.status})`);
    const bytes = await unzipped(new Uint8Array(await res.arrayBuffer()));
    const root: Record<string, unknown> = {};
    const g = globalThis as unknown as {
      Go: new () => GoRuntime;
      __parse_terraform_config_wasm__: unknown;
      global?: unknown;
    };
    // The Go program reads Node's `global` (main.go: js.Global().Get("global")); in a page it is globalThis.
    g.global ??= globalThis;
    g.__parse_terraform_config_wasm__ = root;
    const go = new g.Go();
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    void go.run(instance);
    // The Go program registers its functions as it starts.
    for (let tries = 0; typeof root.parse !== 'function'; tries++) {
      if (tries > 10_000) throw new Error('the HCL parser did not start');
      await new Promise((done) => setTimeout(done, 0));
    }
    const parse = root.parse as (file: string, text: string, cb: GoCallback) => void;
    return (file: string, text: string) =>
      new Promise<unknown>((resolve, reject) =>
        parse(file, text, (err, out) => (err ? reject(new Error(err)) : resolve(JSON.parse(out ?? 'null')))),
      );
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}
