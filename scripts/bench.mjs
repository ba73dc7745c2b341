#!/usr/bin/env node
// `npm run bench -- <name>`: runs bench/<name>.bench.ts (all of them with no name) and prints figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const wanted = process.argv.slice(2);
const all = readdirSync('bench').filter((f) => f.endsWith('.bench.ts'));
const chosen = wanted.length ? all.filter((f) => wanted.some((w) => f.startsWith(w))) : all;
if (!chosen.length) {
  console.error(`No benchmark matches ${wanted.join(' ')}. Available: ${all.join(', ')}`);
  process.exit(1);
}
for (const file of chosen) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', path.join('bench', file)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
