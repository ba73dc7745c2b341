import { timeOfDay } from '../../format';
import { useDayCheck } from '../../data/hooks';
import type { DayCheck } from '../../sync/public';

/** The end-of-day verification, in words: held, repaired, waiting to send, or different. */
export function describeCheck(c: DayCheck): string {
  const mine = `${c.local.count} ${c.local.count === 1 ? 'event' : 'events'}`;
  switch (c.status) {
    case 'verified':
      return `Verified at ${timeOfDay(c.checkedAt)}: the endpoint holds all ${mine} this PC wrote today (count and digest match).`;
    case 'repaired':
      return `Verified at ${timeOfDay(c.checkedAt)} after a repair: the endpoint was missing ${c.repaired} of this PC’s ${mine}; they were sent again and now match.`;
    case 'pending':
      return `Not verified yet: ${c.waiting} ${c.waiting === 1 ? 'event waits' : 'events wait'} to be sent (${c.error ?? 'the endpoint is out of reach'}). It will finish by itself when this PC is back online.`;
    case 'mismatch':
      return `Different: this PC wrote ${mine} today, the endpoint holds ${c.server?.count ?? '?'}. Use “Verify again”; if it stays different, call IT.`;
  }
}

export function DayCheckPanel({ day, connected, busy, onCheck }: { day: string; connected: boolean; busy: boolean; onCheck: () => void }) {
  const check = useDayCheck(day);
  return (
    <section aria-labelledby="verify-heading">
      <h2 id="verify-heading">Verified with the endpoint</h2>
      {!connected ? (
        <p>This PC is not connected to an endpoint (Settings), so there is nothing to verify against.</p>
      ) : (
        <>
          <p data-testid="day-check" role="status" className={check ? `notice day-check-${check.status}` : undefined}>
            {busy
              ? 'Checking with the endpoint…'
              : check
                ? `${check.status === 'verified' || check.status === 'repaired' ? '✓' : '⚠'} ${describeCheck(check)}`
                : 'Not checked yet: close the day, or verify now.'}
          </p>
          <button onClick={onCheck} disabled={busy}>
            Verify again
          </button>
        </>
      )}
    </section>
  );
}
