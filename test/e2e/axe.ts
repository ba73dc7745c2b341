import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical WCAG 2.1 A/AA violations on the page as it is now.
 * axe is evaluated through the debugger protocol, which the page's CSP does
 * not govern, so the app keeps its real policy while it is checked.
 */
export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const violations = await page.evaluate(async (source) => {
    if (!('axe' in window)) (0, eval)(source);
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  }, AXE_SOURCE);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${label}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
}
