import type { ReceptionDb } from '../db/database';
import type { EndpointApi } from './api';
import { syncOnce } from './sync';
import type { SyncRound } from './sync';

/**
 * Keeps one PC in step with the endpoint: a round soon after each local
 * change and every few seconds otherwise; after a failure, exponential
 * backoff with jitter (so forty PCs coming back after an outage do not all
 * knock at once), resuming by itself. "Online" means the last round
 * succeeded, not what navigator.onLine claims.
 */
export interface SyncStatus {
  state: 'idle' | 'online' | 'offline' | 'refused';
  pending: number;
  lastSuccessAt: number | null;
  /** Server time minus this PC's time, from the last answer (ms). */
  clockOffsetMs: number | null;
  lastError: string | null;
}

export interface EngineDeps {
  db: ReceptionDb;
  deviceId: string;
  api: EndpointApi;
  now: () => number;
  random: () => number;
  onStatus: (s: SyncStatus) => void;
  intervalMs?: number;
  maxBackoffMs?: number;
}

export function backoffMs(failures: number, random: number, maxMs: number): number {
  const base = Math.min(maxMs, 1000 * 2 ** Math.min(failures, 10));
  return Math.round(base / 2 + (random * base) / 2);
}

export function startSync(deps: EngineDeps): { nudge: () => void; stop: () => void } {
  const interval = deps.intervalMs ?? 5000;
  const maxBackoff = deps.maxBackoffMs ?? 60_000;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stopped = false;
  let status: SyncStatus = { state: 'idle', pending: 0, lastSuccessAt: null, clockOffsetMs: null, lastError: null };

  const publish = async (patch: Partial<SyncStatus>) => {
    const pending = await deps.db.events.where('pushed').equals(0).count();
    status = { ...status, ...patch, pending };
    deps.onStatus(status);
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void round(), ms);
  };

  async function round() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const sentAt = deps.now();
    try {
      const r: SyncRound = await syncOnce(deps.db, deps.deviceId, deps.api);
      const receivedAt = deps.now();
      failures = 0;
      await publish({
        state: r.refused ? 'refused' : 'online',
        lastSuccessAt: receivedAt,
        lastError: r.refused,
        clockOffsetMs: r.serverTime === null ? status.clockOffsetMs : r.serverTime - Math.round((sentAt + receivedAt) / 2),
      });
      schedule(again ? 0 : interval);
    } catch (err) {
      failures += 1;
      await publish({ state: 'offline', lastError: err instanceof Error ? err.message : String(err) });
      schedule(backoffMs(failures, deps.random(), maxBackoff));
    } finally {
      running = false;
      again = false;
    }
  }

  schedule(0);
  return {
    nudge: () => schedule(failures ? backoffMs(failures, deps.random(), maxBackoff) : 200),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
