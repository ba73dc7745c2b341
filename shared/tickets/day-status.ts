import type { DomainEvent } from '../events/schema';
import { compareEvents } from './fold';

/** Whether a day is open for issuing, from its day.closed and day.reopened events. */
export type DayStatus = { closed: false } | { closed: true; at: number; on: string | undefined };

export const DAY_OPEN: DayStatus = { closed: false };

/**
 * The latest close or reopen decides, in the order every PC agrees on
 * (HLC), so two PCs that merge their logs agree whether the day is closed.
 */
export function dayStatusOf(events: readonly DomainEvent[]): DayStatus {
  const latest = events
    .filter((e) => e.type === 'day.closed' || e.type === 'day.reopened')
    .sort(compareEvents)
    .at(-1);
  if (latest?.type !== 'day.closed') return DAY_OPEN;
  return { closed: true, at: latest.at, on: latest.payload.closedOn };
}
