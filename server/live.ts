import type { Database } from './db/adapter';
import { EVENTS_CHANNEL } from './ingest';

/**
 * Live fan-out: one LISTEN per server process; each NOTIFY names a site, and
 * every open stream of that site is told to read what is new. Across several
 * server processes behind a load balancer, PostgreSQL delivers the NOTIFY to
 * all of them, so a PC sees another PC's event whichever process it is on.
 */
export class LiveHub {
  private readonly subscribers = new Map<string, Set<() => void>>();
  private stop: (() => Promise<void>) | null = null;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.stop = await this.db.listen(EVENTS_CHANNEL, (siteId) => this.subscribers.get(siteId)?.forEach((wake) => wake()));
  }

  subscribe(siteId: string, wake: () => void): () => void {
    const set = this.subscribers.get(siteId) ?? new Set();
    set.add(wake);
    this.subscribers.set(siteId, set);
    return () => set.delete(wake);
  }

  async close(): Promise<void> {
    await this.stop?.();
  }
}
