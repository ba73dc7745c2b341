import { useEffect, useMemo, useRef, useState } from 'react';
import { waitBand } from '../../../../shared/queue/bands';
import { currentSegment, deadlineOf, displayNumber } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { timeOfDay } from '../../format';
import { useNow } from '../../state/now';
import { useSession } from '../../state/session';

/** "D 001 (Housing) passed the standard at 10:14" or "B 005 (Benefits) reaches the standard at 10:20". */
function described(t: Ticket, now: number, serviceName: (id: string) => string): string {
  const deadline = deadlineOf(t);
  const verb = now > deadline ? 'passed the standard at' : 'reaches the standard at';
  return `${displayNumber(t.number)} (${serviceName(currentSegment(t).serviceId)}) ${verb} ${timeOfDay(deadline)}`;
}

/**
 * Every customer waiting now who is near or past the standard, soonest
 * deadline first, always as they are now: one who is called leaves the list
 * at once. A customer newly near is announced (an ARIA alert) and sounds a
 * tone, unless the supervisor muted it; each is announced once.
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
  const [fresh, setFresh] = useState<string[]>([]);

  const near = useMemo(
    () =>
      tickets
        .filter((t) => t.status === 'waiting' && waitBand(t, now, nearBreachMinutes) !== 'within')
        .sort((a, b) => deadlineOf(a) - deadlineOf(b) || (a.number < b.number ? -1 : 1)),
    [tickets, now, nearBreachMinutes],
  );
  useEffect(() => {
    const newly = near.filter((t) => !alerted.current.has(t.id));
    if (!newly.length) return;
    for (const t of newly) alerted.current.add(t.id);
    setFresh(newly.map((t) => t.id));
    if (!muted) tone();
  }, [near, muted]);

  // Only those still waiting are announced: a customer called meanwhile is not read out.
  const announced = near.filter((t) => fresh.includes(t.id));
  return (
    <section className={`alert-panel${near.length ? ' alert-on' : ''}`} aria-labelledby="alert-heading">
      <h2 id="alert-heading">
        <span aria-hidden="true">{near.length ? '▲ ' : ''}</span>
        {near.length ? `${near.length} customer${near.length === 1 ? '' : 's'} near or past the standard` : 'No customer near the standard'}
      </h2>
      {near.length > 0 && (
        <ul className="alert-list" data-testid="near-breach-list">
          {near.map((t) => (
            <li key={t.id}>{described(t, now, serviceName)}</li>
          ))}
        </ul>
      )}
      <p role="alert" className="visually-hidden" data-testid="near-breach-alert">
        {announced.map((t) => described(t, now, serviceName)).join('; ')}
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
