import type { Database } from '../db/adapter';
import { REVOKED_CHANNEL } from '../devices/devices';
import { EVENTS_CHANNEL } from '../devices/ingest';

/** While notifications are down, every stream reads what is new this often instead. */
export const POLL_WHILE_DOWN_MS = 2_000;

/**
 * Live fan-out: one LISTEN per server process; each NOTIFY names a site, and
 * every open stream of that site is told to read what is new. Across several
 * server processes behind a load balancer, PostgreSQL delivers the NOTIFY to
 * all of them, so a PC sees another PC's event whichever process it is on.
 *
 * If the listening connection is lost, streams do not go quiet: every stream
 * reads on a timer until it is back, then all catch up at once. `live` says
 * which it is, for the readiness check.
 */
export class LiveHub {
  private readonly subscribers = new Map<string, Set<() => void>>();
  private readonly byDevice = new Map<string, Set<() => void>>();
  private stop: (() => Promise<void>) | null = null;
  private stopRevoked: (() => Promise<void>) | null = null;
  private stopState: (() => void) | null = null;
  private poll: ReturnType<typeof setInterval> | undefined;
  live = true;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.stopState = this.db.onListenState((state) => {
      this.live = state === 'up';
      clearInterval(this.poll);
      if (!this.live) this.poll = setInterval(() => this.wakeAll(), POLL_WHILE_DOWN_MS);
      this.wakeAll();
    });
    this.stop = await this.db.listen(EVENTS_CHANNEL, (siteId) => this.subscribers.get(siteId)?.forEach((wake) => wake()));
    this.stopRevoked = await this.db.listen(REVOKED_CHANNEL, (deviceId) => this.revoked(deviceId));
  }

  /** `end` is called when the device is revoked, from this process or another. */
  watchDevice(deviceId: string, end: () => void): () => void {
    const set = this.byDevice.get(deviceId) ?? new Set();
    set.add(end);
    this.byDevice.set(deviceId, set);
    return () => set.delete(end);
  }

  revoked(deviceId: string): void {
    this.byDevice.get(deviceId)?.forEach((end) => end());
  }

  subscribe(siteId: string, wake: () => void): () => void {
    const set = this.subscribers.get(siteId) ?? new Set();
    set.add(wake);
    this.subscribers.set(siteId, set);
    return () => set.delete(wake);
  }

  private wakeAll(): void {
    for (const set of this.subscribers.values()) set.forEach((wake) => wake());
  }

  async close(): Promise<void> {
    clearInterval(this.poll);
    this.stopState?.();
    await this.stop?.();
    await this.stopRevoked?.();
  }
}
