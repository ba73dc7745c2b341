import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer';

/** The renderer alone, for a browser: `npm run web` and the end-to-end tests. */
export default defineConfig({
  ...rendererConfig(fileURLToPath(new URL('./dist-web', import.meta.url))),
  preview: { host: '127.0.0.1', port: 5173, strictPort: false },
});
