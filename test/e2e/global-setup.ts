import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';
import { serveRenderer } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The browser tests' world: the built renderer on 127.0.0.1, killed (with its process group) after. */
export default async function setup(project: TestProject): Promise<() => void> {
  assertChromium();
  const { url, stop } = await serveRenderer();
  project.provide('baseUrl', url);
  return stop;
}
