import { useEffect, useMemo } from 'react';
import { displayNumber } from '../../../../shared/tickets/state';
import { countWaitingByService } from '../../../../shared/figures/supervisor';
import { callsOf, callsTogether, recentCalls } from '../../../../shared/tickets/calls';
import { NO_NEEDS } from '../../../../shared/events/schema';
import { useDevice } from '../../app/useDevice';
import { useWaitToTell } from '../../app/useEstimates';
import { useDesks, useTodaysTickets } from '../../data/hooks';
import { useNow } from '../../state/now';
import { useSession } from '../../state/session';
import { useAnnouncements } from './useAnnouncements';

const RECENT_SHOWN = 8;

/**
 * The public calling screen, readable across a room: the calls just made
 * large (several when desks call together), below them the calls before
 * and the expected wait per service. Every new call is chimed and spoken
 * (en-GB), one after another, once sound has been turned on (browsers allow
 * sound only after a person has pressed something on the page). Once on, no
 * control shows: staff press S to turn sound off and on again.
 */
export function DisplayScreen() {
  const tickets = useTodaysTickets();
  const desks = useDesks();
  const device = useDevice();
  const now = useNow(30_000);
  const soundOn = useSession((s) => s.soundOn);
  const setSoundOn = useSession((s) => s.setSoundOn);
  const waitToTell = useWaitToTell(tickets, desks, device.config, now);

  const calls = useMemo(() => (tickets ? callsOf(tickets) : undefined), [tickets]);
  useAnnouncements(calls, soundOn);
  const large = callsTogether(calls ?? []);
  const recent = recentCalls(calls ?? [], large, RECENT_SHOWN);
  const waiting = countWaitingByService(tickets ?? []);
  const waits = device.config.services
    .filter((s) => s.active)
    .map((s) => ({ name: s.name, count: waiting.get(s.id) ?? 0, text: waitToTell(s.id, NO_NEEDS, false) }));

  // Staff turn sound off (and on again) with the S key: the public never sees a control.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 's' && !e.altKey && !e.ctrlKey && !e.metaKey) setSoundOn(!soundOn);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [soundOn, setSoundOn]);

  return (
    <div className="display">
      <section className={`display-latest display-count-${Math.max(large.length, 1)}`} aria-live="assertive" aria-atomic="true" aria-label="Now calling">
        {large.length === 0 && <p className="display-desk">Please wait to be called</p>}
        {large.map((c) => (
          <div className="display-call" key={c.key} data-testid="display-call">
            <p className="display-number" data-testid="display-number">
              {displayNumber(c.number)}
            </p>
            <p className="display-desk" data-testid="display-desk">
              Please go to desk {c.desk}
            </p>
          </div>
        ))}
      </section>
      <section className="display-history" aria-label="Recent calls">
        <h2>Recent calls</h2>
        {recent.length === 0 ? (
          <p>None yet today</p>
        ) : (
          <ol>
            {recent.map((c) => (
              <li key={c.key}>
                {displayNumber(c.number)} → desk {c.desk}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="display-waits" aria-label="Expected wait now">
        <h2>Expected wait now</h2>
        <ul>
          {waits.map((w) => (
            <li key={w.name}>
              <span>{w.name}</span> <span className="display-waiting">{w.count === 0 ? 'nobody waiting' : `${w.count} waiting`}</span> <strong>{w.text}</strong>
            </li>
          ))}
        </ul>
      </section>
      {/* Browsers allow sound only after a press on the page: staff press this once as the display opens; it then goes. */}
      {!soundOn && (
        <p className="display-controls">
          <button type="button" onClick={() => setSoundOn(true)}>
            Turn sound on
          </button>
        </p>
      )}
    </div>
  );
}
