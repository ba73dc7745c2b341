import type { ReceptionDb } from '../db/database';
import type { SyncStatus } from '../state/sync-status';
import { TokenRefusedError } from './api';
import type { EndpointApi } from './api';
import { applyPage, readCursor, syncOnce } from './sync';
import type { SyncRound } from './sync';

/**
 * Keeps one PC in step with the endpoint: a round (push, then pull) soon
 * after each local change and every few seconds otherwise, plus the live
 * stream while online so other PCs' events arrive within a second. After a
 * failure, exponential backoff with jitter (so forty PCs coming back after
 * an outage do not all knock at once), resuming by itself. "Online" means
 * the last round succeeded, not what navigator.onLine claims.
 */

export interface EngineDeps {
  db: ReceptionDb;
  deviceId: string;
  api: EndpointApi;
  now: () => number;
  random: () => number;
  onStatus: (s: SyncStatus) => void;
  /** After each successful round, with the measured clock offset: the caller flags timing if it is too far out. */
  onRound?: (round: SyncRound, clockOffsetMs: number) => Promise<void>;
  intervalMs?: number;
  maxBackoffMs?: number;
  /** Follow the live stream while online (default true). */
  live?: boolean;
  /** A live stream silent for this long is presumed dead and reopened (the endpoint sends a heartbeat every 15 s). */
  liveSilenceMs?: number;
}

/**
 * The longest wait between tries while the endpoint is away. Short, so that every PC is back in
 * step within a few seconds of its return (a minute's cap left PCs 30 s apart after an outage);
 * the jitter spreads forty PCs' tries over those seconds, a handful of requests a second.
 */
export const MAX_BACKOFF_MS = 4_000;

export function backoffMs(failures: number, random: number, maxMs: number): number {
  const base = Math.min(maxMs, 1000 * 2 ** Math.min(failures, 10));
  return Math.round(base / 2 + (random * base) / 2);
}

/** How soon after a local change the round starts: short, but enough to send a burst in one batch. */
export const NUDGE_MS = 30;

export interface SyncEngine {
  /** Something new to send: a round soon (or at the end of the current backoff). */
  nudge: () => void;
  /** The network is said to be back, or the PC woke up: try now, backoff or not. */
  wake: () => void;
  stop: () => void;
}

export function startSync(deps: EngineDeps): SyncEngine {
  const interval = deps.intervalMs ?? 5000;
  const maxBackoff = deps.maxBackoffMs ?? MAX_BACKOFF_MS;
  const silence = deps.liveSilenceMs ?? 45_000;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stopped = false;
  let stream: AbortController | null = null;
  let status: SyncStatus = { state: 'idle', live: false, lastSuccessAt: null, clockOffsetMs: null, lastError: null };

  const publish = async (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    if (!stopped) deps.onStatus(status);
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void round(), ms);
  };

  function openStream() {
    if (stream || stopped || deps.live === false) return;
    const abort = new AbortController();
    stream = abort;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const alive = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => abort.abort(), silence);
    };
    alive();
    void (async () => {
      try {
        await deps.api.stream(await readCursor(deps.db), (page) => applyPage(deps.db, page.events, page.cursor).then(() => undefined), abort.signal, alive);
      } catch {
        // Ended by a failure or by stop(): the rounds carry on, and the next success reopens it.
      } finally {
        clearTimeout(watchdog);
        stream = null;
        if (!stopped) {
          await publish({ live: false });
          schedule(failures ? backoffMs(failures, deps.random(), maxBackoff) : 500);
        }
      }
    })();
    void publish({ live: true });
  }

  async function round() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const sentAt = deps.now();
    try {
      const r = await syncOnce(deps.db, deps.deviceId, deps.api);
      const receivedAt = deps.now();
      failures = 0;
      const clockOffsetMs = r.serverTime === null ? status.clockOffsetMs : r.serverTime - Math.round((sentAt + receivedAt) / 2);
      // Follow-up work (timing flags, day checks) must not make a good round look like an outage.
      if (clockOffsetMs !== null) await deps.onRound?.(r, clockOffsetMs).catch((e: unknown) => console.error('after a sync round:', e));
      await publish({ state: r.refused ? 'refused' : 'online', lastSuccessAt: receivedAt, lastError: r.refused, clockOffsetMs });
      if (!r.refused) openStream();
      schedule(again ? 0 : interval);
    } catch (err) {
      failures += 1;
      stream?.abort();
      // A refused token is not an outage: say so, in the words the PC's staff and IT need.
      await publish({ state: err instanceof TokenRefusedError ? 'refused' : 'offline', lastError: err instanceof Error ? err.message : String(err) });
      schedule(backoffMs(failures, deps.random(), maxBackoff));
    } finally {
      running = false;
      again = false;
    }
  }

  schedule(0);
  return {
    nudge: () => schedule(failures ? backoffMs(failures, deps.random(), maxBackoff) : NUDGE_MS),
    wake: () => schedule(0),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.abort();
    },
  };
}
