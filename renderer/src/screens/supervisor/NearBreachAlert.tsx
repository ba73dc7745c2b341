import { useEffect, useRef, useState } from 'react';
import { waitBand } from '../../../../shared/queue/bands';
import { deadlineOf, displayNumber } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { timeOfDay } from '../../format';
import { useNow } from '../../state/now';
import { useSession } from '../../state/session';

/**
 * Raised when a waiting customer comes near the standard: in words on
 * screen (an ARIA alert) and with a tone, unless the supervisor muted it.
 * Each ticket raises it once.
 */
export function NearBreachAlert({
  tickets,
  nearBreachMinutes,
  serviceName,
}: {
  tickets: Ticket[];
  nearBreachMinutes: number;
  serviceName: (id: string) => string;
}) {
  const now = useNow(1000);
  const muted = useSession((s) => s.alertMuted);
  const setMuted = useSession((s) => s.setAlertMuted);
  const alerted = useRef(new Set<string>());
  const [latest, setLatest] = useState<string[]>([]);

  const near = tickets.filter((t) => t.status === 'waiting' && waitBand(t, now, nearBreachMinutes) !== 'within');
  useEffect(() => {
    const fresh = near.filter((t) => !alerted.current.has(t.id));
    if (!fresh.length) return;
    for (const t of fresh) alerted.current.add(t.id);
    setLatest(
      fresh.map((t) => `${displayNumber(t.number)} (${serviceName(t.segments.at(-1)!.serviceId)}) reaches the standard at ${timeOfDay(deadlineOf(t))}`),
    );
    if (!muted) tone();
  }, [near, muted, serviceName]);

  return (
    <section className={`alert-panel${near.length ? ' alert-on' : ''}`} aria-labelledby="alert-heading">
      <h2 id="alert-heading">
        <span aria-hidden="true">{near.length ? '▲ ' : ''}</span>
        {near.length ? `${near.length} customer${near.length === 1 ? '' : 's'} near or past the standard` : 'No customer near the standard'}
      </h2>
      <p role="alert" className="alert-text" data-testid="near-breach-alert">
        {latest.join('; ')}
      </p>
      <button type="button" aria-pressed={muted} onClick={() => setMuted(!muted)}>
        {muted ? 'Alert sound off' : 'Alert sound on'}
      </button>
    </section>
  );
}

function tone(): void {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 740;
    gain.gain.setValueAtTime(0.15, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.5);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.5);
    setTimeout(() => void ctx.close(), 800);
  } catch {
    // No audio device: the words on screen are the alert.
  }
}
