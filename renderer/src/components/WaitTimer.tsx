import { BAND_LABELS, formatDuration, waitBand, waitedMs } from '../../../shared/queue/bands';
import type { Band } from '../../../shared/queue/bands';
import type { Ticket } from '../../../shared/tickets/state';
import { useNow } from '../state/clock';

const ICON: Record<Band, string> = { within: '●', near: '▲', breached: '■' };

/**
 * A ticket's live wait, mm:ss, and its band in colour, icon and words (never
 * colour alone). Only this cell re-renders each second.
 */
export function WaitTimer({ ticket, nearBreachMinutes }: { ticket: Ticket; nearBreachMinutes: number }) {
  const now = useNow(1000);
  const band = waitBand(ticket, now, nearBreachMinutes);
  return (
    <span className={`wait band-${band}`} data-band={band}>
      <span className="wait-time">{formatDuration(waitedMs(ticket, now))}</span>{' '}
      <span className="band-label">
        <span aria-hidden="true">{ICON[band]}</span> {BAND_LABELS[band]}
      </span>
    </span>
  );
}
