import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/**
 * A strict Content-Security-Policy for the built app: no inline script, no eval, nothing loaded
 * from another origin. Added at build time only, because Vite's dev server injects an inline
 * script for hot reloading. Inline style *attributes* (React Flow positions nodes with them) are
 * set through the CSSOM, which CSP does not restrict; data: and blob: images are needed for the
 * icons and for PNG/SVG export (html-to-image renders through an <img> of an SVG data URL).
 * 'wasm-unsafe-eval' lets the app compile WebAssembly, and nothing else (no eval of script): the HCL
 * parser that opens Terraform files is a WebAssembly module (ui/iacImport/browserHcl.ts).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'vpc-town-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

// One config for the app and the bare React Flow comparison page used by the benchmarks,
// so both are built the same way (issue 6).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  // The worker that reads large design files (store/openRead.worker.ts) imports modules: ES format.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Icons as files, not data URLs inside the JavaScript: they are <img> sources, cached by the
    // browser, and keep the first-load JS inside its budget (BENCHMARKS.md).
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        bare: resolve(import.meta.dirname, 'bench/bare.html'),
      },
    },
  },
  preview: { port: 4173 },
});
