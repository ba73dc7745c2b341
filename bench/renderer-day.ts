/**
 * A whole simulated day on the queue, desk, supervisor and display screens
 * of one PC: 450 tickets at 6 desks over about 8¾ hours, recorded by another
 * PC and reaching this one through a real endpoint (as at a site), with the
 * page clock fast-forwarded ten minutes at a time. Prints, per screen:
 * renderer heap growth from the morning to the end of the day after a
 * garbage collection (budget ≤ 20 MB), script per one-second tick at the end
 * of the day, and timer drift (the ticks that ran against those due, and
 * how far the page clock strayed from the time run).
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { buildApp } from '../server/http/app';
import { migrate } from '../server/db/migrate';
import { openPglite } from '../server/db/pglite';
import { createSite, enrolDevice } from '../server/devices/devices';
import { generateHistory } from '../shared/testing/history';
import { configurePc } from '../test/e2e/pcs';

const SITE = 'day-bench';
const DAY_START = Date.parse('2026-11-24T09:00:00Z'); // a Tuesday, GMT
const STEP_MS = 10 * 60_000;
const SCREENS = ['queue', 'desk', 'supervisor', 'display'] as const;

type Metrics = Record<string, number>;

export async function benchRendererDay(browser: Browser, url: string): Promise<void> {
  const db = await openPglite(undefined, { durable: false });
  await migrate(db);
  await createSite(db, SITE, 'Day bench');
  const endpoint = await buildApp({ db });
  await endpoint.listen({ port: 0, host: '127.0.0.1' });
  const endpointUrl = `http://127.0.0.1:${(endpoint.server.address() as { port: number }).port}`;
  try {
    const other = await enrolDevice(db, SITE, 'Front desk', randomUUID());
    const day = generateHistory({ tickets: 450, startMs: DAY_START, perDay: 450, desks: 6, deviceId: other.deviceId, siteId: SITE, seed: 11 });
    const here = randomUUID();
    const { token } = await enrolDevice(db, SITE, 'Desk PC', here);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.clock.install({ time: DAY_START - 30 * 60_000 });
    await configurePc(context, url, here, token, { siteId: SITE, deviceName: 'Desk PC', endpointUrl });
    const pages: Page[] = [];
    for (const screen of SCREENS) {
      const page = await context.newPage();
      await page.goto(`${url}#/${screen}`);
      await page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
      pages.push(page);
    }
    await pages[1]!.getByLabel('Desk number').fill('7');
    await pages[1]!.getByRole('button', { name: 'Sign on' }).click();
    const sessions = await Promise.all(pages.map((p) => context.newCDPSession(p)));
    for (const s of sessions) await s.send('Performance.enable');
    const metrics = async (i: number): Promise<Metrics> => {
      await sessions[i]!.send('HeapProfiler.collectGarbage');
      const r = (await sessions[i]!.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return Object.fromEntries(r.metrics.map((m) => [m.name, m.value]));
    };
    await context.clock.fastForward(30 * 60_000);
    const morning = await Promise.all(pages.map((_, i) => metrics(i)));

    // The day arrives in 10-minute slices: the events of the tickets issued by then, pushed as the front desk would.
    const slices = Math.ceil((day.at(-1)!.at - DAY_START) / STEP_MS) + 1;
    let sent = 0;
    for (let step = 1; step <= slices; step++) {
      const until = DAY_START + step * STEP_MS;
      let end = sent;
      while (end < day.length && day[end]!.at <= until) end++;
      // Keep a ticket's events together: the sequence must have no gap.
      if (end > sent) {
        const res = await fetch(`${endpointUrl}/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${other.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ events: day.slice(sent, end) }),
        });
        if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
        sent = end;
      }
      await context.clock.fastForward(STEP_MS);
    }
    // Let the last pulls land.
    await context.clock.runFor(30_000);
    await pages[0]!.waitForTimeout(3000);

    for (const [i, screen] of SCREENS.entries()) {
      const page = pages[i]!;
      const evening = await metrics(i);
      // One tick of each page timer per second: count the ticks run over ten seconds.
      await page.evaluate(() => {
        const w = window as unknown as { __ticks: number };
        w.__ticks = 0;
        setInterval(() => w.__ticks++, 1000);
      });
      const before = await metrics(i);
      const [pageBefore, realBefore] = [await page.evaluate(() => Date.now()), Date.now()];
      await context.clock.runFor(10_000);
      const [pageAfter, realAfter] = [await page.evaluate(() => Date.now()), Date.now()];
      const after = await metrics(i);
      const ticks = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
      // The page clock also runs with real time between calls: what is left over is drift.
      const driftMs = pageAfter - pageBefore - 10_000 - (realAfter - realBefore);
      const growthMb = (evening['JSHeapUsedSize']! - morning[i]!['JSHeapUsedSize']!) / 1_048_576;
      const scriptPerTick = ((after['ScriptDuration']! - before['ScriptDuration']!) * 1000) / 10;
      console.log(
        `day on ${screen.padEnd(10)}: heap ${(morning[i]!['JSHeapUsedSize']! / 1_048_576).toFixed(1)} → ${(evening['JSHeapUsedSize']! / 1_048_576).toFixed(1)} MB (growth ${growthMb.toFixed(1)} MB, budget ≤ 20 MB); ` +
          `script per 1 s tick at the end of the day ${scriptPerTick.toFixed(2)} ms; timer ticks run ${ticks} of 10 due; page clock drift over the run ${driftMs} ms`,
      );
    }
    const held = await pages[0]!.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('oss-reception');
          open.onsuccess = () => {
            const req = open.result.transaction('events').objectStore('events').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    console.log(`the PC held ${held} events at the end of the day (${day.length} sent by the front desk, plus its own desk's)`);
    await context.close();
  } finally {
    await endpoint.close();
    await db.close();
  }
}
