import { useEffect, useMemo, useRef } from 'react';
import { displayNumber } from '../../../shared/tickets/state';
import { useDevice } from '../app/useDevice';
import { useExpectedWait } from '../app/useEstimates';
import { NO_NEEDS } from '../../../shared/events/schema';
import { useDesks, useTodaysTickets } from '../data/hooks';
import { useNow } from '../state/now';
import { useSession } from '../state/session';
import { expectedWaitText } from '../print/ticket';

interface CallRow {
  key: string;
  hlc: string;
  number: string;
  desk: string;
}

/**
 * The public calling screen: the latest call large, the few before it, and
 * the current expected waits. Each new call plays a chime and is spoken
 * (en-GB) once sound has been turned on (browsers allow sound only after a
 * person has pressed something on the page).
 */
export function DisplayScreen() {
  const tickets = useTodaysTickets();
  const desks = useDesks();
  const device = useDevice();
  const now = useNow(30_000);
  const soundOn = useSession((s) => s.soundOn);
  const setSoundOn = useSession((s) => s.setSoundOn);
  const expected = useExpectedWait(tickets, desks, device.config, now);

  const calls = useMemo<CallRow[]>(() => {
    const rows: CallRow[] = [];
    for (const t of tickets ?? [])
      for (const seg of t.segments) for (const c of seg.calls) rows.push({ key: `${t.id}:${c.hlc}`, hlc: c.hlc, number: t.number, desk: c.desk });
    return rows.sort((a, b) => (a.hlc < b.hlc ? 1 : -1)).slice(0, 6);
  }, [tickets]);

  const latest = calls[0];
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!latest) return;
    if (announced.current === null) {
      // What was already on screen when the page opened is not announced again.
      announced.current = latest.key;
      return;
    }
    if (announced.current === latest.key) return;
    announced.current = latest.key;
    if (soundOn) announce(latest.number, latest.desk);
  }, [latest, soundOn]);

  const waits = device.config.services
    .filter((s) => s.active && (tickets ?? []).some((t) => t.status === 'waiting' && t.segments.at(-1)!.serviceId === s.id))
    .map((s) => ({ name: s.name, text: expectedWaitText(expected(s.id, NO_NEEDS, false)) }));

  return (
    <div className="display">
      <section className="display-latest" aria-live="assertive" aria-atomic="true">
        {latest ? (
          <>
            <p className="display-number" data-testid="display-number">
              {displayNumber(latest.number)}
            </p>
            <p className="display-desk" data-testid="display-desk">
              Please go to desk {latest.desk}
            </p>
          </>
        ) : (
          <p className="display-desk">Please wait to be called</p>
        )}
      </section>
      <section className="display-history" aria-label="Recent calls">
        <h2>Recent calls</h2>
        <ol>
          {calls.slice(1).map((c) => (
            <li key={c.key}>
              {displayNumber(c.number)} → desk {c.desk}
            </li>
          ))}
        </ol>
        {waits.length > 0 && (
          <>
            <h2>Expected wait now</h2>
            <ul>
              {waits.map((w) => (
                <li key={w.name}>
                  {w.name}: {w.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p className="display-controls">
        <button type="button" onClick={() => setSoundOn(!soundOn)} aria-pressed={soundOn}>
          {soundOn ? 'Sound on' : 'Turn sound on'}
        </button>
      </p>
    </div>
  );
}

function announce(number: string, desk: string): void {
  try {
    const Ctx = window.AudioContext;
    if (Ctx) {
      const ctx = new Ctx();
      [880, 660].forEach((freq, i) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.2, ctx.currentTime + i * 0.35);
        gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + i * 0.35 + 0.3);
        osc.connect(gain).connect(ctx.destination);
        osc.start(ctx.currentTime + i * 0.35);
        osc.stop(ctx.currentTime + i * 0.35 + 0.32);
      });
      setTimeout(() => void ctx.close(), 1200);
    }
    if ('speechSynthesis' in window) {
      // Spoken digit by digit: "C, 0, 1, 4" is clearer across a room than "C fourteen".
      const u = new SpeechSynthesisUtterance(`Ticket ${number.slice(0, 1)}, ${number.slice(1).split('').join(', ')}. Please go to desk ${desk}.`);
      u.lang = 'en-GB';
      u.rate = 0.9;
      setTimeout(() => window.speechSynthesis.speak(u), 800);
    }
  } catch {
    // Sound is a courtesy: the number on screen is the call.
  }
}
