import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer';

const abs = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  main: {
    build: { outDir: abs('./out/main'), rollupOptions: { input: { index: abs('./electron/main/index.ts') } } },
  },
  preload: {
    // CommonJS: an ES-module preload would force sandbox: false.
    build: {
      outDir: abs('./out/preload'),
      rollupOptions: { input: { index: abs('./electron/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig(abs('./out/renderer')),
    build: { ...rendererConfig(abs('./out/renderer')).build, rollupOptions: { input: abs('./renderer/index.html') } },
  },
});
