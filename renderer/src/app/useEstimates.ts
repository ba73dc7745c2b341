import { useMemo } from 'react';
import { serviceById } from '../../../shared/config/site-config';
import type { SiteConfig } from '../../../shared/config/site-config';
import type { DeskState } from '../../../shared/desks/desk';
import { expectedWaitMs } from '../../../shared/estimates/expected-wait';
import { recentServiceMinutes } from '../../../shared/estimates/service-times';
import type { Needs } from '../../../shared/events/schema';
import type { Ticket } from '../../../shared/tickets/state';

/** Expected waits for new arrivals, recomputed when the tickets, desks or minute change. */
export function useExpectedWait(tickets: Ticket[] | undefined, desks: DeskState[] | undefined, config: SiteConfig, now: number) {
  return useMemo(() => {
    const serviceMinutes = recentServiceMinutes(tickets ?? [], config);
    return (serviceId: string, needs: Needs, priority: boolean): number | null => {
      const service = serviceById(config, serviceId);
      if (!service) return null;
      return expectedWaitMs(
        { serviceId, needs, priority, standardMinutes: priority ? service.priorityStandardMinutes : service.standardMinutes },
        { now, desks: desks ?? [], tickets: tickets ?? [], serviceMinutes },
      );
    };
  }, [tickets, desks, config, now]);
}
