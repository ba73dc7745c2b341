#!/usr/bin/env node
// `npm run build:server`: the endpoint as plain JavaScript for `node`, with no TypeScript or tsx
// at run time. One ES module (dist-server/server/cli.js) with the project's own code bundled in;
// the packages it depends on (fastify, pg, PGlite, zod) stay in node_modules, installed with
// `npm ci --omit=dev`. The SQL migrations are copied beside it, where the migration runner looks.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

const OUT = 'dist-server';
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: ['server/cli.ts'],
  outfile: `${OUT}/server/cli.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
cpSync('server/migrations', `${OUT}/migrations`, { recursive: true });
console.log(`Built ${OUT}/server/cli.js: start it with  node ${OUT}/server/cli.js serve`);
