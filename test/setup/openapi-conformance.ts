import { afterAll, afterEach, expect, vi } from 'vitest';
import { OpenApiChecker } from '../support/openapi-conformance';
import type { Nonconformity } from '../support/openapi-conformance';
import type * as AppModuleNs from '../../server/http/app';

type AppModule = typeof AppModuleNs;

/**
 * Every endpoint the unit tests build (on PostgreSQL and on PGlite) has its answers checked
 * against the OpenAPI document it serves (test/support/openapi-conformance.ts): a test whose
 * endpoint gave an answer the document does not describe fails, naming the answer.
 */
const found: Nonconformity[] = [];
let checker: OpenApiChecker | null = null;

vi.mock('../../server/http/app', async (importOriginal) => {
  const real = await importOriginal<AppModule>();
  return {
    ...real,
    buildApp: async (...args: Parameters<typeof real.buildApp>) => {
      const app = await real.buildApp(...args);
      checker ??= new OpenApiChecker();
      checker.watch(app, found);
      return app;
    },
  };
});

afterEach(() => {
  const these = found.splice(0);
  expect(these, 'answers the OpenAPI document does not describe').toEqual([]);
});

afterAll(() => {
  if (checker?.checked) console.info(`OpenAPI conformance: ${checker.checked} answers checked in this file`);
});
