import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

startApp({
  rendererRoot: path.join(here, '../renderer'),
  preloadPath: path.join(here, '../preload/index.cjs'),
  ...(devServerUrl ? { devServerUrl } : {}),
});
