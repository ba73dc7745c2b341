import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security';
import pkg from './package.json' with { type: 'json' };

/**
 * The renderer's build, shared by electron-vite (desktop) and vite.web.config.ts
 * (browser, tests). The CSP goes into index.html at build time from the one
 * definition in electron/main/security.ts, so both hosts enforce the same
 * policy. (frame-ancestors is ignored in a <meta> CSP, so it is dropped here;
 * the Electron protocol handler sends it as a header.)
 */
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), cspMeta()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, sourcemap: true },
  };
}
