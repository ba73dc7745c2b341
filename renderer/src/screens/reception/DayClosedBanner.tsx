import type { DayStatus } from '../../../../shared/tickets/day-status';
import { timeOfDay } from '../../format';

/** Says, before the greeter tries, that the day was closed (here or at another PC), with a way to reopen it. */
export function DayClosedBanner({ status, onReopen }: { status: DayStatus | undefined; onReopen: () => void }) {
  if (!status?.closed) return null;
  return (
    <div className="notice notice-warn day-closed-banner" role="status" data-testid="day-closed-banner">
      <p>
        <strong>Today is closed</strong>: closed at {timeOfDay(status.at)}
        {status.on ? ` on ${status.on}` : ''}. No tickets can be issued until the day is reopened.{' '}
        <button type="button" onClick={onReopen}>
          Reopen the day
        </button>
      </p>
    </div>
  );
}
