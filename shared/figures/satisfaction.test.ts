import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_POLICY } from './contacts';
import { DEFAULT_SATISFACTION_TARGET, computeFigures, sliceFigures } from './figures';
import { satisfactionFigures } from './satisfaction';
import { buildReport, reportCsv } from '../reports/report';
import { namesOf } from '../reports/labels';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { at, site } from '../testing/scenario';
import type { Ticket } from '../tickets/state';

/**
 * A hand-worked morning of feedback. Eight customers issued a minute apart
 * (A at 09:00 … H at 09:07), standard 10 minutes:
 *
 * | ticket | desk | called | wait | verdict | feedback                          |
 * | A      | 1    | 09:05  | 5    | met     | 5 (very satisfied), recommend yes |
 * | B      | 2    | 09:06  | 5    | met     | 4 (satisfied), not sure           |
 * | C      | 3    | 09:13  | 11   | missed  | 2 (dissatisfied), no              |
 * | D      | 1    | 09:13½ | 10½  | missed  | skipped                           |
 * | E      | 2    | 09:14  | 10   | met     | 3 (neither), recommend unanswered |
 * | F      | 1    | 09:20  | 15   | missed  | nothing (walked away)             |
 * | G      | 2    | 09:21  | 15   | missed  | face unanswered, recommend yes    |
 * | H      | –    | –      | –    | left    | –                                 |
 *
 * Completed 7; answers 5 (A B C E G) → response rate 5/7 = 71.43%.
 * Satisfaction: 4 faces (A B C E), 2 satisfied (A B) → 50%.
 * Would recommend: 4 answers (A B C G), 2 yes (A G) → 50%.
 * Within the standard: A B E, 2 satisfied → 66.67%; past it: C, 0 → 0%.
 */
function feedbackMorning() {
  const s = site();
  const [A, B, C, D, E, F, G, H] = [0, 1, 2, 3, 4, 5, 6, 7].map((m) => s.issue(m)) as Ticket[] & { length: 8 };
  const visit = (t: Ticket, desk: string, called: number, finished: number) => {
    s.call(called, t, desk);
    s.serve(called, t, desk);
    s.finish(finished, t, desk);
  };
  visit(A!, '1', 5, 9);
  s.feedback(9.2, A!, { satisfaction: 5, recommend: 'yes' });
  visit(B!, '2', 6, 12);
  s.feedback(12.1, B!, { satisfaction: 4, recommend: 'notSure' });
  visit(C!, '3', 13, 18);
  s.feedback(18.5, C!, { satisfaction: 2, recommend: 'no' });
  visit(D!, '1', 13.5, 16);
  s.feedback(16.2, D!, 'skipped');
  visit(E!, '2', 14, 17);
  s.feedback(17.3, E!, { satisfaction: 3, recommend: null });
  visit(F!, '1', 20, 25);
  visit(G!, '2', 21, 26);
  s.feedback(26.4, G!, { satisfaction: null, recommend: 'yes' });
  s.left(9, H!);
  return { s, tickets: () => [...s.pc.tickets.values()] };
}

describe('satisfaction figures', () => {
  it('reads the hand-worked morning: satisfaction, would recommend and response rate, each with its counts', () => {
    const f = satisfactionFigures(feedbackMorning().tickets(), at(60), 80);
    expect(f).toEqual({
      completedVisits: 7,
      responses: 5,
      skipped: 1,
      responseRatePercent: (5 / 7) * 100,
      satisfaction: { answers: 4, satisfied: 2, percent: 50, targetPercent: 80, meetsTarget: false },
      byScore: [0, 1, 1, 1, 1],
      recommend: { answers: 4, yes: 2, no: 1, notSure: 1, percent: 50 },
      withinStandard: { answers: 3, satisfied: 2, percent: (2 / 3) * 100 },
      pastStandard: { answers: 1, satisfied: 0, percent: 0 },
    });
  });

  it('splits a priority customer by the headline standard, like the figure beside it: seen at 7:00 is within 10 minutes', () => {
    const s = site();
    const t = s.issue(0, 'council-tax', { priority: true });
    s.call(7, t);
    s.serve(7, t);
    s.finish(8, t);
    s.feedback(8.5, t, { satisfaction: 5, recommend: 'yes' });
    const f = satisfactionFigures([s.ticket(t)], at(60), 80);
    expect([f.withinStandard.answers, f.pastStandard.answers]).toEqual([1, 0]);
  });

  it('meets the target at exactly the target, and says nothing of a target with no answers', () => {
    const s = site();
    const faces = [5, 4, 4, 5, 1];
    faces.forEach((face, i) => {
      const t = s.issue(i);
      s.call(i + 1, t, '1');
      s.serve(i + 1, t, '1');
      s.finish(i + 1.5, t, '1');
      s.feedback(i + 1.6, t, { satisfaction: face, recommend: null });
    });
    const f = satisfactionFigures(s.pc.tickets.values(), at(60), 80);
    expect(f.satisfaction).toEqual({ answers: 5, satisfied: 4, percent: 80, targetPercent: 80, meetsTarget: true });
    expect(satisfactionFigures(s.pc.tickets.values(), at(60), 81).satisfaction.meetsTarget).toBe(false);
    expect(f.recommend.percent).toBeNull();
    const none = satisfactionFigures([], at(60), 80);
    expect(none).toMatchObject({ completedVisits: 0, responses: 0, responseRatePercent: null });
    expect(none.satisfaction).toEqual({ answers: 0, satisfied: 0, percent: null, targetPercent: 80, meetsTarget: null });
  });

  it('puts a customer whose wait cannot be judged on neither side of the standard', () => {
    const s = site();
    const t = s.issue(0);
    s.call(2, t, '1');
    s.serve(2, t, '1');
    s.finish(4, t, '1');
    s.feedback(5, t, { satisfaction: 5, recommend: 'yes' });
    const flagged = { ...s.ticket(t), timingInaccurate: true };
    const f = satisfactionFigures([flagged], at(60), 80);
    expect(f.satisfaction).toMatchObject({ answers: 1, satisfied: 1 });
    expect(f.withinStandard.answers + f.pastStandard.answers).toBe(0);
  });

  it('travels with the rest of the figures: by desk, service and week, with the target from the options', () => {
    const tickets = feedbackMorning().tickets();
    const opts = { asOf: at(60), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY, satisfactionTargetPercent: 50 };
    expect(computeFigures(tickets, opts).satisfaction.satisfaction).toMatchObject({ percent: 50, targetPercent: 50, meetsTarget: true });
    const byDesk = sliceFigures(tickets, 'desk', opts).map((x) => [x.key, x.figures.satisfaction.satisfaction.answers, x.figures.satisfaction.responses]);
    // Desk 1: A (5) and D (skipped) and F (nothing); desk 2: B, E, G; desk 3: C.
    expect(byDesk).toEqual([
      ['(not served)', 0, 0],
      ['1', 1, 1],
      ['2', 2, 3],
      ['3', 1, 1],
    ]);
    const byWeek = sliceFigures(tickets, 'week', opts);
    expect(byWeek.map((x) => [x.key, x.figures.satisfaction.responses])).toEqual([['2026-11-23', 5]]);
  });
});

describe('satisfaction in the report CSV', () => {
  it('has the hand-worked figures in named columns, and how many chose each face', () => {
    const report = buildReport(feedbackMorning().tickets(), {
      from: '2026-11-23',
      to: '2026-11-23',
      by: null,
      asOf: at(60),
      targetPercent: 80,
      complaintPolicy: DEFAULT_COMPLAINT_POLICY,
    });
    const [header, total, ...rest] = reportCsv(report, namesOf(DEFAULT_SITE_CONFIG)).trim().split('\n');
    const cols = header!.split(',');
    const cell = (row: string, name: string) => row.split(',')[cols.indexOf(name)];
    const expected = {
      feedback_responses: '5',
      feedback_skipped: '1',
      response_rate_percent: '71.4',
      satisfaction_answers: '4',
      satisfied: '2',
      satisfaction_percent: '50',
      satisfaction_target_percent: '80',
      satisfaction_meets_target: 'no',
      recommend_answers: '4',
      would_recommend: '2',
      recommend_percent: '50',
      satisfaction_within_standard_answers: '3',
      satisfaction_within_standard_percent: '66.7',
      satisfaction_past_standard_answers: '1',
      satisfaction_past_standard_percent: '0',
      satisfaction_within_standard_satisfied: '2',
      satisfaction_past_standard_satisfied: '0',
    };
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, cell(total!, k)]))).toEqual(expected);
    const faces = rest.filter((r) => r.startsWith('satisfaction_score,')).map((r) => [r.split(',')[2], cell(r, 'count')]);
    expect(faces).toEqual([
      ['Very dissatisfied', '0'],
      ['Dissatisfied', '1'],
      ['Neither satisfied nor dissatisfied', '1'],
      ['Satisfied', '1'],
      ['Very satisfied', '1'],
    ]);
  });
});

describe('satisfaction by desk', () => {
  it('counts what a customer said under the desk that finished the visit and asked, not the desk they were transferred from', () => {
    const s = site();
    const t = s.issue(0, 'council-tax');
    s.call(2, t, '1');
    s.serve(2, t, '1');
    s.transfer(5, t, 'housing', '1');
    s.call(6, t, '2');
    s.serve(6, t, '2');
    s.finish(9, t, '2');
    s.feedback(9.5, t, { satisfaction: 5, recommend: 'yes' });
    const byDesk = sliceFigures([s.ticket(t)], 'desk', { asOf: at(30), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY });
    expect(byDesk.map((d) => [d.key, d.figures.tickets, d.figures.satisfaction.satisfaction.answers])).toEqual([
      ['1', 1, 0],
      ['2', 0, 1],
    ]);
  });

  it('judges each desk’s satisfaction against the satisfaction target asked for, and the default without one', () => {
    const s = site();
    const t = s.issue(0, 'council-tax');
    s.call(2, t, '1');
    s.serve(2, t, '1');
    s.finish(5, t, '1');
    s.feedback(5.5, t, { satisfaction: 4, recommend: 'yes' });
    const opts = { asOf: at(30), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
    const target = (o: typeof opts & { satisfactionTargetPercent?: number }) =>
      sliceFigures([s.ticket(t)], 'desk', o).map((d) => d.figures.satisfaction.satisfaction.targetPercent);
    expect(target({ ...opts, satisfactionTargetPercent: 95 })).toEqual([95]);
    expect(target(opts)).toEqual([DEFAULT_SATISFACTION_TARGET]);
  });
});
