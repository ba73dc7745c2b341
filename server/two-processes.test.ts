import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, at, must } from '../shared/testing/scenario';
import { freshPostgres } from '../test/support/server-backends';
import type { TestDb } from '../test/support/server-backends';
import { freePort, killAndWait, startEndpoint } from '../test/support/endpoint-process';
import { own, siteWithPcs } from '../test/support/server-world';

/**
 * The documented shape for more than one machine: several endpoint
 * processes over one PostgreSQL behind a load balancer. A PC's live stream
 * is on process A; a PC pushing through process B reaches it; A is stopped
 * (SIGTERM, as in a rolling restart) and the PC's stream moves to B from its
 * cursor, missing nothing and getting nothing twice.
 */
let t: TestDb;
const processes: ChildProcess[] = [];
beforeAll(async () => {
  t = await freshPostgres();
}, 60_000);
afterAll(async () => {
  for (const p of processes) await killAndWait(p);
  await t?.drop();
});

/** A PC's stream: every event it is sent, and the cursor after each page, until it ends. */
function follow(base: string, token: string, after: number) {
  const got: string[] = [];
  let cursor = after;
  const ctrl = new AbortController();
  const ended = (async () => {
    const res = await fetch(`${base}/v1/stream?after=${after}`, { headers: { authorization: `Bearer ${token}` }, signal: ctrl.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer
          .slice(0, i)
          .split('\n')
          .find((l) => l.startsWith('data: '));
        buffer = buffer.slice(i + 2);
        if (!data) continue;
        const page = JSON.parse(data.slice(6)) as { events: { id: string }[]; cursor: number };
        got.push(...page.events.map((e) => e.id));
        cursor = page.cursor;
      }
    }
  })();
  return { got, cursor: () => cursor, ended, stop: () => ctrl.abort() };
}

async function until(ok: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('two endpoint processes over one PostgreSQL', () => {
  it('a PC’s stream moves from a process being stopped to the other, from its cursor, with nothing missed or doubled', async () => {
    const [pusher, listener] = await siteWithPcs(t.db, 'two-proc', 2);
    const env = { ...process.env, DATABASE_URL: t.url! };
    const [portA, portB] = [await freePort(), await freePort()];
    const a = await startEndpoint(portA, env);
    processes.push(a);
    const b = await startEndpoint(portB, env);
    processes.push(b);
    const [baseA, baseB] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
    let pushed = 0;
    const push = async (n: number) => {
      for (let i = 0; i < n; i++) must(pusher!.sim.issue(at(pushed + i), DAY, 'council-tax'));
      pushed += n;
      const res = await fetch(`${baseB}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${pusher!.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events: own(pusher!.sim) }),
      });
      expect(res.status).toBe(200);
    };

    const onA = follow(baseA, listener!.token, 0);
    await push(3);
    await until(() => onA.got.length === 3);

    // A is stopped as systemd or Docker stop it: its streams end and it exits. (Its exit status is
    // tsx's here; the built endpoint's clean exit 0 is production-build.test.ts.)
    const exitedA = new Promise<void>((r) => a.once('exit', () => r()));
    process.kill(-a.pid!, 'SIGTERM');
    await onA.ended;
    await exitedA;

    // Meanwhile more is pushed through B; the PC reconnects there from its cursor.
    await push(2);
    const onB = follow(baseB, listener!.token, onA.cursor());
    await until(() => onB.got.length === 2);
    await push(1);
    await until(() => onB.got.length === 3);
    onB.stop();

    const all = [...onA.got, ...onB.got];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(
      own(pusher!.sim)
        .map((e) => e.id)
        .sort(),
    );
  }, 120_000);
});
