import type { SiteConfig } from '../config/site-config';
import type { Ticket } from '../tickets/state';

/**
 * How long a service takes at the desk now: the median of its most recent
 * completed contacts (start of service → finish), or the site's default
 * until it has history. The median, because one hour-long case should not
 * make the screen promise everyone a long wait.
 */
export function recentServiceMinutes(tickets: Iterable<Ticket>, config: SiteConfig, sample = 20): (serviceId: string) => number {
  const byService = new Map<string, { at: number; minutes: number }[]>();
  for (const t of tickets) {
    if (t.status !== 'completed' || !t.completion) continue;
    const seg = t.segments[t.segments.length - 1]!;
    if (seg.servingStartedAt === undefined) continue;
    const list = byService.get(seg.serviceId) ?? [];
    list.push({ at: t.completion.at, minutes: (t.completion.at - seg.servingStartedAt) / 60_000 });
    byService.set(seg.serviceId, list);
  }
  const medians = new Map<string, number>();
  for (const [service, list] of byService) {
    const recent = list
      .sort((a, b) => b.at - a.at)
      .slice(0, sample)
      .map((x) => x.minutes)
      .sort((a, b) => a - b);
    medians.set(service, Math.max(1, recent[Math.floor((recent.length - 1) / 2)]!));
  }
  return (serviceId) => medians.get(serviceId) ?? config.defaultServiceMinutes;
}
