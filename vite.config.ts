import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// One config for the app and the bare React Flow comparison page used by the benchmarks,
// so both are built the same way (issue 6).
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
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
