import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Three layers, one command (`npm test` runs them after typecheck and lint):
 * - unit: pure logic and the main process, in Node, with electron mocked;
 * - component: React screens in jsdom with fake-indexeddb;
 * - e2e: the built renderer in real Chromium (test/README.md).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          sequence: { groupOrder: 0 },
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'server/**/*.test.ts', 'test/unit/**/*.test.ts'],
          // Every endpoint a unit test builds answers as its OpenAPI document says (checked with Ajv).
          setupFiles: ['test/setup/openapi-conformance.ts'],
          // electron-store imports 'electron'; inlining lets vi.mock('electron') reach it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          sequence: { groupOrder: 0 },
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['test/setup/component.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // After unit and component: on a 2-core machine, browser timing that proves the live
          // path (a ticket on the other PC within seconds) must not compete with fast-check runs.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
