/**
 * The endpoint's chaos test (server/chaos.test.ts), longer: 30 SIGKILLs on
 * each database while PCs push, with PostgreSQL's connections terminated
 * every other round. Prints what was held after each run.
 * Run: npm run bench -- chaos   (CHAOS_ROUNDS, CHAOS_SEED to change it)
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'server/chaos.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CHAOS_ROUNDS: process.env['CHAOS_ROUNDS'] ?? '30' },
});
process.exit(r.status ?? 1);
