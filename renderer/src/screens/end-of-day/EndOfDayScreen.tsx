import { useState } from 'react';
import { serviceById } from '../../../../shared/config/site-config';
import { formatDuration } from '../../../../shared/queue/bands';
import { isOpenTransferWait } from '../../../../shared/tickets/close-day';
import { currentSegment, displayNumber } from '../../../../shared/tickets/state';
import { useSettings } from '../../app/SettingsContext';
import { useSiteSettings } from '../../app/useDevice';
import { useDevice } from '../../app/useDevice';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { TodayFigures } from '../../components/TodayFigures';
import { closeDay, reopenDay } from '../../data/actions';
import { useDayStatus, useToday, useTodaysTickets } from '../../data/hooks';
import { useEndpoint, verifyDayOnThisPc } from '../../sync/public';
import { CloseDayPanel } from './CloseDayPanel';
import { DayCheckPanel } from './DayCheckPanel';

/**
 * End of day (docs/sync-protocol.md): close the day, so whoever is still waiting is
 * marked unseen with the wait they reached; send everything; prove with the
 * endpoint that this PC's day arrived whole; show the day's figures.
 */
export function EndOfDayScreen() {
  const day = useToday();
  const device = useDevice();
  const { settings } = useSettings();
  const site = useSiteSettings();
  const { api } = useEndpoint();
  const tickets = useTodaysTickets();
  const status = useDayStatus(day);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  if (!tickets || !status) return <p role="status">Loading today…</p>;

  const unseen = tickets.filter((t) => t.status === 'unseenAtClose');

  async function check() {
    setBusy(true);
    await verifyDayOnThisPc(device.deviceId, day, api, () => Date.now());
    setBusy(false);
  }

  async function reopen() {
    const r = await reopenDay(device, day);
    setNotice(r.ok ? { kind: 'ok', text: 'Day reopened: tickets can be issued again.' } : { kind: 'error', text: r.error.message });
  }

  async function close() {
    setBusy(true);
    const r = await closeDay(device, day);
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    const marked = r.value.filter((e) => e.type === 'ticket.unseenAtClose').length;
    setNotice({ kind: 'ok', text: `Day closed. ${marked === 1 ? '1 customer was' : `${marked} customers were`} marked unseen.` });
    await check();
  }

  return (
    <div className="end-of-day">
      <Message notice={notice} />
      <CloseDayPanel
        day={day}
        tickets={tickets}
        status={status}
        deviceId={device.deviceId}
        busy={busy}
        onClose={() => void close()}
        onReopen={() => void reopen()}
      />
      {unseen.length > 0 && (
        <table className="unseen">
          <caption>Still waiting when the day was closed</caption>
          <thead>
            <tr>
              <th scope="col">Ticket</th>
              <th scope="col">Service</th>
              <th scope="col">What was open</th>
              <th scope="col">Waited</th>
            </tr>
          </thead>
          <tbody>
            {unseen.map((t) => (
              <tr key={t.id}>
                <td>{displayNumber(t.number)}</td>
                <td>{serviceById(device.config, currentSegment(t).serviceId)?.name ?? currentSegment(t).serviceId}</td>
                <td>{isOpenTransferWait(t) ? 'Seen once; waiting after a transfer' : 'Not seen'}</td>
                <td>{formatDuration((t.closedAt ?? 0) - currentSegment(t).queuedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DayCheckPanel day={day} connected={settings.endpointUrl !== ''} busy={busy} onCheck={() => void check()} />
      <h2>The day’s figures</h2>
      <TodayFigures tickets={tickets} standardMinutes={site.standardMinutes} targetPercent={site.targetPercent} />
    </div>
  );
}
