/**
 * The crash test's longer run: Chromium killed 60 times while staff work
 * (test/e2e/crash.e2e.ts; CI runs 20). Prints the kills and the tickets
 * checked. Run: npm run bench -- crash   (CRASH_KILLS, CRASH_SEED to vary it)
 */
import { spawnSync } from 'node:child_process';

const kills = process.env['CRASH_KILLS'] ?? '60';
const seed = process.env['CRASH_SEED'] ?? String(Date.now() % 1_000_000);
console.log(`crash run: ${kills} kills, seed ${seed}`);
const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', 'test/e2e/crash.e2e.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CRASH_KILLS: kills, CRASH_SEED: seed },
});
process.exit(r.status ?? 1);
