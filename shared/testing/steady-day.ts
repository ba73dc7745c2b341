import type { DayModel, SlotDemand } from '../estimates/simulate-days';

const HALF_HOUR = 30 * 60_000;

/**
 * A day for the simulation's tests: `slots` half hours from 09:00, each with the same desks and
 * `perSlot` housing customers on average, exponential times of `meanMs`, nobody priority or impatient.
 */
export function steadyDay(slots: number, desks: number, perSlot: number, meanMs: number, standardMs: number, extra: Partial<DayModel> = {}): DayModel {
  return {
    slots: Array.from({ length: slots }, (_, i): SlotDemand => ({ slot: 18 + i, desks, arrivals: { housing: perSlot } })),
    slotMs: HALF_HOUR,
    serviceTimes: { housing: { meanMs, sdMs: meanMs } },
    fallbackTime: { meanMs, sdMs: meanMs },
    times: 'exponential',
    standardMs,
    priorityShare: 0,
    priorityStandardMs: standardMs,
    patienceMs: null,
    ...extra,
  };
}
