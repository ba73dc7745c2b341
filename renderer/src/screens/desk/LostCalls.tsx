import { useEffect, useRef } from 'react';
import { displayNumber } from '../../../../shared/tickets/state';
import { lostCallToReplace, recentLostCalls } from '../../../../shared/tickets/lost-calls';
import { useDevice } from '../../app/useDevice';
import { useTodaysTickets } from '../../data/hooks';
import { useNow } from '../../state/now';
import { useSession } from '../../state/session';

/**
 * When two PCs called the same customer while they could not reach each other (online, the
 * endpoint's claim prevents it), the earlier call wins once they meet again (docs/architecture.md)
 * and the customer disappears from the later desk. If that desk has done nothing since, it calls
 * its next customer by itself and says why in one line (`callNextInstead`); otherwise, or when
 * nobody else is waiting, it is told plainly who has the customer. A notice stays until dismissed,
 * and only while it is news (ten minutes): none piles up or survives a restart the next day.
 */
const MOST_SHOWN = 3;

export function LostCalls({ desk, callNextInstead }: { desk: string; callNextInstead: (before: string) => Promise<boolean> }) {
  const tickets = useTodaysTickets();
  const now = useNow(30_000);
  const { deviceId } = useDevice();
  const dismissed = useSession((s) => s.dismissedConflicts);
  const dismiss = useSession((s) => s.dismissConflict);
  const tried = useRef(new Set<string>());
  const replace = tickets ? lostCallToReplace(tickets, desk, deviceId, now) : undefined;

  useEffect(() => {
    if (!replace || tried.current.has(replace.eventId) || dismissed.includes(replace.eventId)) return;
    tried.current.add(replace.eventId);
    const where = replace.winnerDesk ? `desk ${replace.winnerDesk}` : 'another desk';
    void callNextInstead(`${displayNumber(replace.ticket.number)} was called at ${where} first, while the PCs were out of touch.`).then(
      (called) => called && dismiss(replace.eventId),
    );
  }, [replace, dismissed, dismiss, callNextInstead]);

  const news = recentLostCalls(tickets ?? [], desk, now).filter((l) => !dismissed.includes(l.eventId));
  if (!news.length) return null;
  // After a long outage a desk may have lost many: the newest few in full, the rest in one line.
  const shown = news.slice(0, MOST_SHOWN);
  const more = news.slice(MOST_SHOWN);
  return (
    <div role="alert" className="notice notice-warn lost-calls">
      {more.length > 0 && (
        <p>
          {news.length} calls made at this desk while the PCs were out of touch went to other desks, who had called first; the newest are below.{' '}
          <button type="button" onClick={() => news.forEach((l) => dismiss(l.eventId))}>
            Understood, all {news.length}
          </button>
        </p>
      )}
      {shown.map((l) => (
        <p key={l.eventId}>
          <strong>{displayNumber(l.ticket.number)}</strong> was also called at {l.winnerDesk ? <strong>desk {l.winnerDesk}</strong> : 'another desk'} before
          this PC heard of it (at the same moment, or while the PCs were out of touch); that call came first, so{' '}
          {l.winnerDesk ? `desk ${l.winnerDesk}` : 'the other desk'} has the customer. Nothing more is needed here: call your next customer.{' '}
          <button type="button" onClick={() => dismiss(l.eventId)}>
            Understood
          </button>
        </p>
      ))}
    </div>
  );
}
