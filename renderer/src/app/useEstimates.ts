import { standardFor } from '../../../shared/config/site-settings';
import { useMemo } from 'react';
import { serviceById } from '../../../shared/config/site-config';
import type { SiteConfig } from '../../../shared/config/site-config';
import type { DeskState } from '../../../shared/desks/desk';
import { expectedWaitMs, remainingWaitMs } from '../../../shared/estimates/expected-wait';
import { recentServiceMinutes } from '../../../shared/estimates/service-times';
import type { Needs } from '../../../shared/events/schema';
import type { Ticket } from '../../../shared/tickets/state';
import { whyNoDesk } from '../../../shared/estimates/no-desk';
import { expectedWaitText } from '../format';
import { languageName } from '../../../shared/config/languages';

/** What the greeter tells a new arrival (and the ticket prints): "About 12 minutes", or why no wait can be told. */
export function useWaitToTell(tickets: Ticket[] | undefined, desks: DeskState[] | undefined, config: SiteConfig, now: number) {
  const expected = useExpectedWait(tickets, desks, config, now);
  return useMemo(
    () =>
      (serviceId: string, needs: Needs, priority: boolean): string => {
        const ms = expected(serviceId, needs, priority);
        if (ms !== null) return expectedWaitText(ms);
        return whyNoDesk(serviceId, serviceById(config, serviceId)?.name ?? serviceId, needs, desks ?? [], languageName);
      },
    [expected, desks, config],
  );
}

/** What the greeter tells the customer just issued (and their ticket prints): their own wait, with everyone already ahead of them. */
export function useTicketWaitToTell(tickets: Ticket[] | undefined, desks: DeskState[] | undefined, config: SiteConfig, now: number) {
  return useMemo(() => {
    const serviceMinutes = recentServiceMinutes(tickets ?? [], config);
    return (ticket: Ticket): string => {
      const seg = ticket.segments[ticket.segments.length - 1]!;
      // Printed the moment it is issued, the ticket may not have reached this screen's list yet.
      const all = tickets?.some((t) => t.id === ticket.id) ? tickets : [...(tickets ?? []), ticket];
      const ms = remainingWaitMs(ticket, { now, desks: desks ?? [], tickets: all, serviceMinutes });
      if (ms !== null) return expectedWaitText(ms);
      return whyNoDesk(seg.serviceId, serviceById(config, seg.serviceId)?.name ?? seg.serviceId, ticket.needs, desks ?? [], languageName);
    };
  }, [tickets, desks, config, now]);
}

/** Expected waits for new arrivals, recomputed when the tickets, desks or minute change. */
export function useExpectedWait(tickets: Ticket[] | undefined, desks: DeskState[] | undefined, config: SiteConfig, now: number) {
  return useMemo(() => {
    const serviceMinutes = recentServiceMinutes(tickets ?? [], config);
    return (serviceId: string, needs: Needs, priority: boolean): number | null => {
      const service = serviceById(config, serviceId);
      if (!service) return null;
      return expectedWaitMs(
        { serviceId, needs, priority, standardMinutes: standardFor(service, priority) },
        { now, desks: desks ?? [], tickets: tickets ?? [], serviceMinutes },
      );
    };
  }, [tickets, desks, config, now]);
}
