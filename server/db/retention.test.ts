import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_SKILLS, must } from '../../shared/testing/scenario';
import type { SimDevice } from '../../shared/testing/sim-device';
import { dayVerification, pullEvents, ticketsFor } from '../devices/read';
import { pushBatch } from '../devices/ingest';
import { describePurge, purgeExpiredPersonalData, startRetentionJob } from './retention';
import { BACKENDS } from '../../test/support/server-backends';
import type { TestDb } from '../../test/support/server-backends';
import { own, siteWithPcs } from '../../test/support/server-world';

const DAY_MS = 86_400_000;
const OLD = Date.UTC(2026, 9, 5, 10); // Monday 5 October 2026
const RECENT = Date.UTC(2026, 10, 23, 10); // Monday 23 November 2026
const NOW = Date.UTC(2026, 10, 25, 12);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A named customer served at desk 1 who leaves a comment, on the day of `start`. */
function namedVisit(pc: SimDevice, start: number, name: string, comment: string) {
  const t = must(pc.issue(start, dayOf(start), 'housing', { name }));
  must(pc.run(start + 60_000, { type: 'call', ticketId: t.id, desk: '1' }));
  must(pc.run(start + 60_000, { type: 'startServing', ticketId: t.id, desk: '1' }));
  must(pc.run(start + 300_000, { type: 'complete', ticketId: t.id, desk: '1', outcome: 'resolved', avoidable: null, complaint: null }));
  must(pc.run(start + 320_000, { type: 'giveFeedback', ticketId: t.id, answer: { satisfaction: 4, recommend: 'yes', comment } }));
  return t;
}

describe.each(BACKENDS)('retention at the endpoint on $name', ({ open }) => {
  let t: TestDb;
  let pcs: Awaited<ReturnType<typeof siteWithPcs>>;
  beforeAll(async () => {
    t = await open();
    pcs = [...(await siteWithPcs(t.db, 'leyland', 1)), ...(await siteWithPcs(t.db, 'chorley', 1))];
    for (const [i, pc] of pcs.entries()) {
      must(pc.sim.desk(OLD - 60_000, { type: 'signOn', desk: '1', services: ['housing'], skills: ALL_SKILLS }));
      namedVisit(pc.sim, OLD, `Ada Lovelace ${i}`, `Ring me on 07700 900${i}00`);
      namedVisit(pc.sim, OLD + 3_600_000, `Grace Hopper ${i}`, `Lives at ${i} Mill Lane`);
      namedVisit(pc.sim, RECENT, `Alan Turing ${i}`, `Thanks to Sam ${i}`);
      const push = await pushBatch(t.db, { id: pc.id, siteId: pc.sim.siteId, name: 'PC', headSeq: 0, revoked: false }, own(pc.sim));
      expect(push.ok).toBe(true);
    }
  }, 60_000);
  afterAll(() => t?.drop());

  const text = async () => JSON.stringify((await t.db.query<{ body: unknown }>('SELECT body FROM events')).rows);

  it('removes names and comments older than the retention period from every site, keeps the recent ones, and says how many without saying whose', async () => {
    const digestBefore = await dayVerification(t.db, pcs[0]!.id, dayOf(OLD));
    const figuresBefore = (await ticketsFor(t.db, ['leyland'], dayOf(OLD), dayOf(OLD))).map((x) => [x.number, x.status, x.feedback?.satisfaction]);

    const report = await purgeExpiredPersonalData(t.db, NOW, 30);
    expect(report).toEqual({
      cutoffDay: '2026-10-26',
      purged: [
        { siteId: 'chorley', day: dayOf(OLD), names: 2, comments: 2 },
        { siteId: 'leyland', day: dayOf(OLD), names: 2, comments: 2 },
      ],
    });
    const stored = await text();
    for (const gone of ['Ada Lovelace', 'Grace Hopper', '07700', 'Mill Lane']) expect(stored).not.toContain(gone);
    for (const kept of ['Alan Turing 0', 'Alan Turing 1', 'Thanks to Sam 0']) expect(stored).toContain(kept);
    expect(JSON.stringify(report)).not.toMatch(/Ada|Grace|Mill|07700/);
    expect(describePurge(report)).toBe('retention: purged 4 customer names and 4 feedback comments from days before 2026-10-26');

    // The same events to every PC: the day's digest, the events pulled and the figures are unchanged.
    expect(await dayVerification(t.db, pcs[0]!.id, dayOf(OLD))).toEqual(digestBefore);
    expect((await ticketsFor(t.db, ['leyland'], dayOf(OLD), dayOf(OLD))).map((x) => [x.number, x.status, x.feedback?.satisfaction])).toEqual(figuresBefore);
    const pulled = await pullEvents(t.db, 'leyland', 0, 100);
    expect(pulled.events).toHaveLength(own(pcs[0]!.sim).length);
    // A PC sending the old event again (with the name it still has) is told it is held, not refused.
    const again = await pushBatch(
      t.db,
      { id: pcs[0]!.id, siteId: 'leyland', name: 'PC', headSeq: own(pcs[0]!.sim).length, revoked: false },
      own(pcs[0]!.sim).slice(0, 3),
    );
    expect(again.ok).toBe(true);
    expect(await text()).not.toContain('Ada Lovelace');

    // Nothing left to purge: a second run purges nothing.
    expect((await purgeExpiredPersonalData(t.db, NOW, 30)).purged).toEqual([]);
    // Years ahead, the recent ones go too.
    expect((await purgeExpiredPersonalData(t.db, NOW + 5 * 365 * DAY_MS, 30)).purged.map((p) => [p.siteId, p.names, p.comments])).toEqual([
      ['chorley', 1, 1],
      ['leyland', 1, 1],
    ]);
    expect(await text()).not.toContain('Alan Turing');
  });

  it('runs by itself: at once and then on its interval, and a failed turn is logged and tried again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lines: string[] = [];
    let failNext = true;
    const flaky = {
      ...t.db,
      tx: <T>(fn: Parameters<typeof t.db.tx<T>>[0]) => (failNext ? ((failNext = false), Promise.reject(new Error('database down'))) : t.db.tx(fn)),
    };
    const job = startRetentionJob(flaky as typeof t.db, { retentionDays: 30, now: () => NOW, everyMs: 1000, log: (l) => lines.push(l) });
    await job.ran();
    expect(lines).toEqual(['retention: not run this time (database down); trying again at the next turn']);
    vi.advanceTimersByTime(1000);
    await job.ran();
    expect(lines[1]).toBe('retention: purged 0 customer names and 0 feedback comments from days before 2026-10-26');
    job.stop();
    vi.advanceTimersByTime(5000);
    expect(lines).toHaveLength(2);
    vi.useRealTimers();
  });
});
