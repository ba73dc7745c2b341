import type { FigureTicket } from './figure-ticket';
import { meetsTarget, verdict } from './service-level';
import { percentOf } from './stats';

/**
 * What customers said on the feedback screen, as the council reports it:
 * - satisfaction % = answers of 4 or 5 (satisfied, very satisfied) ÷ answers
 *   to "How was your visit today?";
 * - would recommend % = "yes" ÷ answers to "Would you recommend us?" ("not
 *   sure" is an answer, so it counts below);
 * - response rate % = visits with an answer ÷ completed visits (a skip is
 *   not an answer);
 * - satisfaction beside the wait: of customers seen within the standard, and
 *   of those who were not (the ticket's verdict, docs/measurement.md).
 * Every percentage comes with its counts, and is null when nothing counts.
 */
export const SATISFIED_FROM = 4;

export interface SatisfactionSplit {
  answers: number;
  satisfied: number;
  percent: number | null;
}

export interface SatisfactionFigures {
  completedVisits: number;
  /** Visits where the customer answered at least one question. */
  responses: number;
  skipped: number;
  responseRatePercent: number | null;
  satisfaction: SatisfactionSplit & { targetPercent: number; meetsTarget: boolean | null };
  /** How many chose each face, 1 (very dissatisfied) to 5 (very satisfied). */
  byScore: [number, number, number, number, number];
  recommend: { answers: number; yes: number; no: number; notSure: number; percent: number | null };
  withinStandard: SatisfactionSplit;
  pastStandard: SatisfactionSplit;
}

const split = (answers: number, satisfied: number): SatisfactionSplit => ({ answers, satisfied, percent: percentOf(satisfied, answers) });

export function satisfactionFigures(tickets: Iterable<FigureTicket>, asOf: number, targetPercent: number): SatisfactionFigures {
  let completedVisits = 0;
  let responses = 0;
  let skipped = 0;
  const byScore: SatisfactionFigures['byScore'] = [0, 0, 0, 0, 0];
  const recommend = { yes: 0, no: 0, notSure: 0 };
  const within = { answers: 0, satisfied: 0 };
  const past = { answers: 0, satisfied: 0 };
  for (const t of tickets) {
    if (t.completion) completedVisits++;
    const f = t.feedback;
    if (!f) continue;
    if (f.skipped) {
      skipped++;
      continue;
    }
    responses++;
    if (f.recommend) recommend[f.recommend]++;
    if (f.satisfaction === null) continue;
    byScore[f.satisfaction - 1]! += 1;
    const satisfied = f.satisfaction >= SATISFIED_FROM ? 1 : 0;
    const v = verdict(t, asOf, 'headline').kind; // within the headline standard, as the figure beside it
    const side = v === 'met' ? within : v === 'missed' ? past : null;
    if (side) {
      side.answers++;
      side.satisfied += satisfied;
    }
  }
  const answers = byScore[0] + byScore[1] + byScore[2] + byScore[3] + byScore[4];
  const satisfied = byScore[3] + byScore[4];
  const recommendAnswers = recommend.yes + recommend.no + recommend.notSure;
  return {
    completedVisits,
    responses,
    skipped,
    responseRatePercent: percentOf(responses, completedVisits),
    satisfaction: { ...split(answers, satisfied), targetPercent, meetsTarget: answers ? meetsTarget(satisfied, answers, targetPercent) : null },
    byScore,
    recommend: { answers: recommendAnswers, ...recommend, percent: percentOf(recommend.yes, recommendAnswers) },
    withinStandard: split(within.answers, within.satisfied),
    pastStandard: split(past.answers, past.satisfied),
  };
}
