import { useLayoutEffect, useRef } from 'react';
import { BAND_LABELS, formatDuration, waitBand, waitedMs } from '../../../shared/queue/bands';
import type { Band } from '../../../shared/queue/bands';
import type { Ticket } from '../../../shared/tickets/state';
import { registerPaint } from '../state/ticker';

const ICON: Record<Band, string> = { within: '●', near: '▲', breached: '■' };

/**
 * A ticket's live wait, mm:ss, and its band in colour, icon and words (never
 * colour alone). React renders it once per ticket change; the ticker keeps
 * the time and band current by writing to these nodes directly.
 */
export function WaitTimer({ ticket, nearBreachMinutes }: { ticket: Ticket; nearBreachMinutes: number }) {
  const root = useRef<HTMLSpanElement>(null);
  const time = useRef<HTMLSpanElement>(null);
  const icon = useRef<HTMLSpanElement>(null);
  const label = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    let lastText = '';
    let lastBand: Band | null = null;
    return registerPaint((now) => {
      const text = formatDuration(waitedMs(ticket, now));
      if (text !== lastText && time.current) time.current.textContent = lastText = text;
      const band = waitBand(ticket, now, nearBreachMinutes);
      if (band !== lastBand && root.current && icon.current && label.current) {
        lastBand = band;
        root.current.className = `wait band-${band}`;
        root.current.dataset['band'] = band;
        icon.current.textContent = ICON[band];
        label.current.textContent = BAND_LABELS[band];
      }
    });
  }, [ticket, nearBreachMinutes]);

  return (
    <span ref={root} className="wait">
      <span ref={time} className="wait-time" />{' '}
      <span className="band-label">
        <span ref={icon} aria-hidden="true" /> <span ref={label} />
      </span>
    </span>
  );
}
