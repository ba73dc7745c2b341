import { useSettings } from '../app/SettingsContext';
import { useSiteSettings } from '../app/useDevice';
import { useUnsentCount } from '../data/hooks';
import { timeOfDay } from '../format';
import { useSyncStatus } from '../state/sync-status';
import type { SyncStatus } from '../state/sync-status';

/** Always visible in the header: online or offline, what waits to be sent, the last success, the clock. */
export function SyncStatusBar() {
  const status = useSyncStatus((s) => s.status);
  const { settings } = useSettings();
  const site = useSiteSettings();
  // Live from the log, not the engine's last round: it changes the moment a ticket is issued or acknowledged.
  const pending = useUnsentCount();
  if (!settings.endpointUrl)
    return (
      <span className="sync-status" data-testid="sync-status">
        Not connected to an endpoint (Settings)
      </span>
    );
  if (!status)
    return (
      <span className="sync-status" data-testid="sync-status">
        Connecting…
      </span>
    );
  return (
    <span className={`sync-status sync-${status.state}`} data-testid="sync-status" role="status">
      {describeSync(status, pending, site.clockOffsetWarnSeconds)}
    </span>
  );
}

/** The status in words: no colour or symbol carries anything the words do not also say. */
export function describeSync(status: SyncStatus, pending: number, clockLimitS: number): string {
  const state = status.state === 'online' ? (status.live ? '● Online, live' : '● Online') : status.state === 'refused' ? '▲ Endpoint refused' : '■ Offline';
  const parts = [state, `${pending} waiting to send`];
  if (status.lastSuccessAt) parts.push(`last sync ${timeOfDay(status.lastSuccessAt)}`);
  if (status.clockOffsetMs !== null) {
    const s = Math.round(status.clockOffsetMs / 1000);
    const off = Math.abs(s);
    const where = off <= 1 ? 'clock in step' : `clock ${off} s ${s > 0 ? 'behind' : 'ahead'}`;
    parts.push(off > clockLimitS ? `⚠ this PC’s ${where}: today’s waits timed here are flagged inaccurate` : where);
  }
  const text = parts.join(' · ');
  return status.state !== 'online' && status.lastError ? `${text} (${status.lastError})` : text;
}
