import { useLiveQuery } from 'dexie-react-hooks';
import { useSettings } from '../app/SettingsContext';
import { appDb } from '../db/database';
import { clock } from '../components/format';
import { useSyncStatus } from './useSyncStatus';

/** Always visible in the header: online or offline, what waits to be sent, the last success, the clock. */
export function SyncStatusBar() {
  const status = useSyncStatus((s) => s.status);
  const { settings } = useSettings();
  // Live from the log, not the engine's last round: it changes the moment a ticket is issued or acknowledged.
  const pending = useLiveQuery(() => appDb().events.where('pushed').equals(0).count(), [], 0);
  if (!settings.endpointUrl) return <span className="sync-status" data-testid="sync-status">Not connected to an endpoint (Settings)</span>;
  if (!status) return <span className="sync-status" data-testid="sync-status">Connecting…</span>;
  const offsetS = status.clockOffsetMs === null ? null : Math.round(status.clockOffsetMs / 1000);
  const clockBad = offsetS !== null && Math.abs(offsetS) > settings.thresholds.clockOffsetWarnSeconds;
  return (
    <span className={`sync-status sync-${status.state}`} data-testid="sync-status" role="status">
      {status.state === 'online' ? (status.live ? '● Online, live' : '● Online') : status.state === 'refused' ? '▲ Endpoint refused' : '■ Offline'}
      {` · ${pending} waiting to send`}
      {status.lastSuccessAt ? ` · last sync ${clock(status.lastSuccessAt)}` : ''}
      {status.state !== 'online' && status.lastError ? ` (${status.lastError})` : ''}
      {clockBad ? ` · ⚠ this PC’s clock is ${Math.abs(offsetS!)} s ${offsetS! > 0 ? 'behind' : 'ahead'}: today’s waits timed here are flagged inaccurate` : ''}
    </span>
  );
}
