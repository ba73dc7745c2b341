import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A proxy between a PC and the endpoint that misbehaves on purpose, the way
 * real networks and load balancers do:
 * - drop-ack: the endpoint commits, but the answer never reaches the PC;
 * - error500: the endpoint is never reached and a 500 comes back;
 * - hang: no answer at all (the PC must time out);
 * - duplicate: the request reaches the endpoint twice;
 * - replay-later: a copy of the request reaches the endpoint again later,
 *   after newer ones (an old retry overtaking, i.e. reordered delivery);
 * - truncate: the answer is cut off halfway through its body;
 * - stale-answer: the request reaches the endpoint, but the PC gets an
 *   earlier answer to the same PC's same call again (a duplicated answer
 *   overtaking the current one: an old acknowledgement, an old page).
 */
export const FAULTS = ['none', 'drop-ack', 'error500', 'hang', 'duplicate', 'replay-later', 'truncate', 'stale-answer'] as const;
export type Fault = (typeof FAULTS)[number];

interface Forwarded {
  status: number;
  body: string;
  type: string;
}

export async function startFaultProxy(upstream: string, choose: (method: string, path: string) => Fault) {
  const sockets = new Set<Socket>();
  const stale: { method: string; url: string; headers: Record<string, string>; body: string }[] = [];
  /** Earlier answers per PC and call (token, method, path): what a stale answer replays. */
  const answered = new Map<string, Forwarded[]>();
  const counts = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;

  const forward = async (method: string, url: string, headers: Record<string, string>, body: string): Promise<Forwarded> => {
    const res = await fetch(upstream + url, { method, headers, ...(method === 'POST' ? { body } : {}) });
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? 'application/json' };
  };
  const relay = (res: ServerResponse, f: Forwarded) => res.writeHead(f.status, { 'content-type': f.type }).end(f.body);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const headers: Record<string, string> = { authorization: String(req.headers.authorization ?? ''), 'content-type': 'application/json' };
    const path = url.split('?')[0]!;
    const key = `${headers.authorization} ${method} ${path}`;
    const earlier = answered.get(key) ?? [];
    const chosen = choose(method, path);
    // Only counted as stale when there is an earlier answer to give.
    const fault = chosen === 'stale-answer' && !earlier.length ? 'none' : chosen;
    const remember = (f: Forwarded) => {
      answered.set(key, [...earlier, f].slice(-5));
      return f;
    };
    counts[fault] += 1;
    // Old copies go in after this request: they arrive late, out of order.
    const late = stale.splice(0);
    switch (fault) {
      case 'none':
        relay(res, remember(await forward(method, url, headers, body)));
        break;
      case 'drop-ack':
        await forward(method, url, headers, body);
        req.socket.destroy();
        break;
      case 'error500':
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"internal","reason":"injected"}');
        break;
      case 'hang':
        break;
      case 'duplicate':
        await forward(method, url, headers, body);
        relay(res, await forward(method, url, headers, body));
        break;
      case 'replay-later':
        stale.push({ method, url, headers, body });
        relay(res, await forward(method, url, headers, body));
        break;
      case 'stale-answer': {
        remember(await forward(method, url, headers, body));
        relay(res, earlier[Math.floor(earlier.length / 2)]!);
        break;
      }
      case 'truncate': {
        const f = await forward(method, url, headers, body);
        res.writeHead(f.status, { 'content-type': f.type });
        res.write(f.body.slice(0, Math.floor(f.body.length / 2)));
        req.socket.destroy();
        break;
      }
    }
    for (const s of late) await forward(s.method, s.url, s.headers, s.body);
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => req.socket.destroy()));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
