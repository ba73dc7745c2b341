import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run mutation`): the pure
 * domain's own tests. Kept apart from vitest.config.ts so a mutant is judged
 * by the tests of what was mutated, in seconds, not by the browser suite.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['shared/**/*.test.ts'],
    // The long statistical checks (hundreds of simulated days, about a million customers): npm test runs
    // them; repeated for every mutant they would take hours. Each simulated behaviour has a fast test too.
    exclude: ['shared/**/*.long.test.ts'],
    // Instrumented code runs several times slower: the planner's simulation tests take seconds here.
    testTimeout: 60_000,
  },
});
