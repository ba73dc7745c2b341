import { useMemo, useState } from 'react';
import { formatDuration, waitedMs } from '../../../shared/queue/bands';
import { orderQueue } from '../../../shared/queue/call-order';
import { displayNumber } from '../../../shared/tickets/state';
import type { Ticket } from '../../../shared/tickets/state';
import { useSiteConfig, useSiteSettings } from '../app/useDevice';
import { QueueTable } from '../components/QueueTable';
import { CloseTicketForm } from '../components/CloseTicketForm';
import { Message } from '../components/Message';
import type { Notice } from '../components/Message';
import { TodayFigures } from '../components/TodayFigures';
import { useTodaysTickets, useWaitingTickets } from '../data/hooks';
import { useNow } from '../state/now';
import { useBridge } from '../bridge/BridgeContext';

/** Everyone waiting, in call order, timed live; who is at which desk; today's figures. */
export function QueueScreen() {
  const config = useSiteConfig();
  const site = useSiteSettings();
  const bridge = useBridge();
  const waiting = useWaitingTickets();
  const today = useTodaysTickets();
  const ordered = useMemo(() => orderQueue(waiting ?? []), [waiting]);
  const [closing, setClosing] = useState<Ticket | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const atDesks = useMemo(
    () => (today ?? []).filter((t) => t.status === 'called' || t.status === 'serving').sort((a, b) => (a.desk ?? '').localeCompare(b.desk ?? '')),
    [today],
  );
  if (!waiting || !today) return <p role="status">Loading the queue…</p>;
  return (
    <div className="queue-screen">
      <div className="summary">
        <p data-testid="waiting-count">
          <strong>{ordered.length}</strong> waiting
        </p>
        <LongestWait tickets={ordered} />
        <button type="button" onClick={() => void bridge.openPublicScreen('display')}>
          Open calling display
        </button>
      </div>
      <TodayFigures tickets={today} standardMinutes={site.standardMinutes} targetPercent={site.targetPercent} />
      <Message notice={notice} />
      {closing && (
        <CloseTicketForm
          ticket={closing}
          onDone={(text) => {
            setClosing(null);
            setNotice(text ? { kind: 'ok', text } : null);
          }}
        />
      )}
      <QueueTable tickets={ordered} config={config} caption="Waiting, in the order they will be called" onClose={setClosing} />
      <h2>At desks</h2>
      {atDesks.length === 0 ? (
        <p className="empty">No customer is at a desk.</p>
      ) : (
        <ul className="at-desks">
          {atDesks.map((t) => (
            <li key={t.id}>
              {displayNumber(t.number)}: desk {t.desk}, {t.status === 'called' ? 'called' : 'being served'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function LongestWait({ tickets }: { tickets: Ticket[] }) {
  const now = useNow(1000);
  const longest = tickets.reduce((m, t) => Math.max(m, waitedMs(t, now)), 0);
  return (
    <p data-testid="longest-wait">
      Longest wait <strong>{tickets.length ? formatDuration(longest) : '–'}</strong>
    </p>
  );
}
