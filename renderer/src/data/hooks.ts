import { useLiveQuery } from 'dexie-react-hooks';
import { londonDay } from '../../../shared/calendar/london';
import type { DeskState } from '../../../shared/desks/desk';
import type { DayStatus } from '../../../shared/tickets/day-status';
import { readDayStatus } from '../db/day-status';
import type { Ticket } from '../../../shared/tickets/state';
import { feedbackPrompt } from '../../../shared/tickets/feedback-prompt';
import { appDb } from '../db/database';
import type { SiteSettings } from '../../../shared/config/site-settings';
import type { CarriedOver } from '../../../shared/settings/schema';
import type { SiteVersion } from '../../../shared/config/site-history';
import { readSiteBeforeAnyVersion } from '../db/meta';
import { readSiteVersions } from '../db/site-config';
import { readDayCheck } from '../db/day-check-results';
import type { DayCheck } from '../db/day-check-results';
import { useNow } from '../state/now';

/**
 * Live views of the database. Dexie re-runs a query when a transaction
 * that touches its tables commits, in this page or another of the same PC.
 * These hooks (and `queries.ts` for one-off reads) are how screens and
 * components read: lint keeps `db/database` out of them, and no copy of
 * rows is kept anywhere else.
 */
export function useToday(): string {
  return londonDay(useNow(60_000));
}

export function useTodaysTickets(): Ticket[] | undefined {
  const today = useToday();
  return useLiveQuery(() => appDb().tickets.where('day').equals(today).toArray(), [today]);
}

export function useWaitingTickets(): Ticket[] | undefined {
  return useLiveQuery(() => appDb().tickets.where('status').equals('waiting').toArray(), []);
}

export function useDesks(): DeskState[] | undefined {
  return useLiveQuery(() => appDb().desks.toArray(), []);
}

export function useTicket(id: string | null | undefined): Ticket | undefined {
  return useLiveQuery(() => (id ? appDb().tickets.get(id) : undefined), [id]);
}

/** The ticket a desk holds (called or serving), if any. */
export function useDeskTicket(desk: string | null): Ticket | undefined {
  return useLiveQuery(
    () => (desk ? appDb().tickets.where('status').anyOf('called', 'serving').filter((t) => t.desk === desk).first() : undefined),
    [desk],
  );
}

/**
 * The visit the feedback screen facing `desk` asks about now (shared/tickets/feedback-prompt.ts),
 * or null; undefined while loading. Read from today's tickets: a desk's visits and calls are today's.
 */
export function useFeedbackPrompt(desk: string | null): Ticket | null | undefined {
  const today = useToday();
  return useLiveQuery(async () => (desk ? feedbackPrompt(await appDb().tickets.where('day').equals(today).toArray(), desk) : null), [desk, today]);
}

/** The visit a desk finished last today, if any: the desk sees whether its customer gave feedback. */
export function useLastFinished(desk: string | null): Ticket | null | undefined {
  const today = useToday();
  return useLiveQuery(async () => {
    if (!desk) return null;
    const done = await appDb()
      .tickets.where('day')
      .equals(today)
      .filter((t) => t.completion?.desk === desk)
      .toArray();
    return done.reduce<Ticket | null>((last, t) => (!last || t.completion!.at > last.completion!.at ? t : last), null);
  }, [desk, today]);
}


/** Whether a day has been closed (at any PC this PC has heard from) and not reopened; undefined while loading. */
export function useDayStatus(day: string): DayStatus | undefined {
  return useLiveQuery(() => readDayStatus(appDb(), day), [day]);
}

/** The last end-of-day check with the endpoint of a day (null: never checked). */
export function useDayCheck(day: string): DayCheck | null | undefined {
  return useLiveQuery(() => readDayCheck(appDb(), day), [day]);
}

/**
 * The site's configuration versions (shared/config/site-history.ts), live: a save here, at another
 * PC or by IT at the endpoint shows as soon as it arrives; undefined while loading.
 */
export function useSiteVersions(): SiteVersion[] | undefined {
  return useLiveQuery(() => readSiteVersions(appDb()), []);
}

/** What this PC judges by until the site has a configuration version (db/meta.ts); undefined while loading. */
export function useSiteBeforeAnyVersion(carried: CarriedOver): SiteSettings | undefined {
  return useLiveQuery(() => readSiteBeforeAnyVersion(appDb(), carried), [carried]);
}

/** How many of this PC's events wait to be sent to the endpoint. */
export function useUnsentCount(): number {
  return useLiveQuery(() => appDb().events.where('pushed').equals(0).count(), [], 0);
}
