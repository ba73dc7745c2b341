import { describe, expect, it } from 'vitest';
import { DaySchema, isDay } from './day';

describe('a day', () => {
  it('is YYYY-MM-DD and exists in the calendar', () => {
    expect(['2026-02-28', '2028-02-29', '2000-02-29', '2026-12-31', '2026-04-30'].filter(isDay)).toHaveLength(5);
    expect(['2026-02-29', '2026-02-30', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-01-01', '2026-1-1', ''].filter(isDay)).toEqual([]);
  });

  it('is refused with a reason by the schema every boundary uses', () => {
    const r = DaySchema.safeParse('2026-02-30');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/calendar has/);
  });
});
