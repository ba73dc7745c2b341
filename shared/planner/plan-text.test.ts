import { describe, expect, it } from 'vitest';
import { checkSentence, methodName, planCellText, planGrid, walkOutSentence } from './plan-text';
import type { SlotPlan } from './plan';

const row = (weekday: number, slot: number, extra: Partial<SlotPlan> = {}): SlotPlan => ({
  weekday,
  slot,
  arrivals: 10,
  staffing: { arrivalsPerHour: 20, meanServiceMs: 480_000 },
  desksNeeded: 4,
  rostered: 6,
  desksOpen: null,
  shortBy: 0,
  method: 'erlang-c',
  ...extra,
});

describe('the plan in words', () => {
  it('says the desks needed, the method’s own figure only where the simulation differs, and the desks open to a tenth', () => {
    expect(planCellText(row(0, 18))).toBe('4 needed');
    expect(planCellText(row(0, 18, { desksOpen: 3.456 }))).toBe('4 needed · 3.5 open');
    expect(planCellText(row(0, 18, { desksOpen: 0 }))).toBe('4 needed · 0 open');
    const check = { erlangDesks: 5, simulatedPercentWithErlang: 99, simulatedPercent: 88 };
    expect(planCellText(row(0, 18, { check, desksOpen: 4 }))).toBe('4 needed (Erlang C: 5) · 4 open');
    expect(planCellText(row(0, 18, { check, method: 'erlang-a' }))).toBe('4 needed (Erlang A: 5)');
    expect(planCellText(row(0, 18, { check: { ...check, erlangDesks: 4 } }))).toBe('4 needed');
  });

  it('lays the week out: weekdays with customers in order, every half hour from the first to the last', () => {
    const grid = planGrid([row(2, 20), row(0, 18), row(0, 21)]);
    expect(grid.weekdays).toEqual([0, 2]);
    expect(grid.slots).toEqual([18, 19, 20, 21]);
    expect(grid.at(0, 21)?.slot).toBe(21);
    expect(grid.at(2, 18)).toBeUndefined();
    expect(planGrid([])).toMatchObject({ weekdays: [], slots: [] });
  });
});

describe('what the plan says of its method', () => {
  it('names Erlang A only where customers walk out, and says how many may', () => {
    expect(methodName({ patienceMs: null })).toBe('Erlang C');
    expect(methodName({ patienceMs: 60_000 })).toBe('Erlang A');
    expect(walkOutSentence({ patienceMs: null, walkOutShare: 0.2 })).toBeNull();
    expect(walkOutSentence({ patienceMs: 27.5 * 60_000, walkOutShare: 0.1176 })).toBe(
      '11.8% walked out before being called, after 27.5 min on average: planned by Erlang A, letting no more walk out than 11.8%.',
    );
    expect(walkOutSentence({ patienceMs: 20 * 60_000, walkOutShare: 0.02 })).toBe(
      '2% walked out before being called, after 20.0 min on average: planned by Erlang A, letting no more walk out than 5%.',
    );
  });

  it('says what the simulation changed, in the plural where there are several', () => {
    expect(checkSentence({ patienceMs: null }, 0, 50)).toBe(
      'Checked by simulating 50 days through this site’s call order: Erlang C’s desks stand in every half hour.',
    );
    expect(checkSentence({ patienceMs: 1 }, 1, 50)).toMatch(
      /^Checked by simulating 50 days through this site’s call order: 1 half hour needs a different number of desks from Erlang A’s \(shown beside it\)\. Erlang A assumes/,
    );
    expect(checkSentence({ patienceMs: null }, 3, 20)).toMatch(/: 3 half hours need a different number of desks from Erlang C’s/);
  });
});
