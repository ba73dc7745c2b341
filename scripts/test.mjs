#!/usr/bin/env node
// `npm test`: every layer, in order, stopping at the first that fails.
//   1. typecheck  each process with its own tsconfig (shared has no DOM and no Node)
//   2. lint       ESLint, including the import boundaries between processes; Prettier;
//                 Redocly over the committed OpenAPI document
//   3. vitest     unit (Node), component (jsdom), e2e (real Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const node = process.execPath;
const bin = (pkg, file) => path.join('node_modules', pkg, file);
const TSCONFIGS = ['shared', 'electron', 'renderer', 'server', 'test'];

function step(name, args) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const r = spawnSync(node, args, { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ npm test failed at: ${name} (${secs} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${secs} s)`);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`✗ Chromium is missing at ${chromium}: the browser tests need it and do not skip.`);
  console.error('  Install it with: apt-get install -y chromium   (.ci/run does this on CI)');
  process.exit(1);
}

for (const project of TSCONFIGS) step(`typecheck ${project}/`, [bin('typescript', 'bin/tsc'), '-p', project]);
step('lint', [bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.']);
step('format (Prettier)', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level=warn', '.']);
step('OpenAPI document (Redocly)', [bin('@redocly/cli', 'bin/cli.js'), 'lint', '--config', 'server/redocly.yaml', 'server/openapi.json']);

const report = path.join(mkdtempSync(path.join(tmpdir(), 'oss-vitest-')), 'report.json');
const extra = process.argv.slice(2);
step('vitest: unit, component, e2e', [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);

const r = JSON.parse(readFileSync(report, 'utf8'));
if (r.numTotalTests === 0) {
  console.error('✗ vitest ran no test');
  process.exit(1);
}
console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
