import { computeFigures, sliceFigures } from '../figures/figures';
import type { Figures, SliceBy } from '../figures/figures';
import type { ComplaintPolicy } from '../figures/contacts';
import { OUTCOMES, OUTCOME_LABELS } from '../config/site-config';
import type { FigureTicket } from '../figures/figure-ticket';
import { csvLine, csvMinutes, csvNumber, csvText, csvYesNo } from './csv';
import { SATISFACTION_LABELS, sliceLabel } from './labels';
import type { ReportNames } from './labels';
import { shownPercent } from '../figures/service-level';

/**
 * A council report over a period: the whole, and the same sliced. Built by
 * the endpoint (council-wide) and by the app (this site) from the same
 * figures, and rendered to CSV the same way, so the numbers always agree.
 */
export interface Report {
  from: string;
  to: string;
  by: SliceBy | null;
  targetPercent: number;
  total: Figures;
  slices: { key: string; figures: Figures }[];
}

export function buildReport(
  tickets: readonly FigureTicket[],
  opts: { from: string; to: string; by: SliceBy | null; asOf: number; targetPercent: number; complaintPolicy: ComplaintPolicy; satisfactionTargetPercent?: number },
): Report {
  const fo = { asOf: opts.asOf, targetPercent: opts.targetPercent, complaintPolicy: opts.complaintPolicy, satisfactionTargetPercent: opts.satisfactionTargetPercent };
  return { from: opts.from, to: opts.to, by: opts.by, targetPercent: opts.targetPercent, total: computeFigures(tickets, fo), slices: opts.by ? sliceFigures(tickets, opts.by, fo) : [] };
}

/**
 * The report as one CSV with stable columns (docs/reports.md). The figure
 * rows come first: `total`, then one per slice. Then count rows, in the same
 * columns with only `count` filled: `ni14_reason`, `outcome`,
 * `complaints_by_directorate`, `compliments_by_directorate` and
 * `satisfaction_score` (how many chose each face), so a spreadsheet reads
 * every section.
 */
export const CSV_COLUMNS = [
  'slice', 'key', 'name', 'tickets', 'met', 'missed', 'counted', 'service_level_percent', 'target_percent', 'meets_target',
  'left_out_cancelled', 'left_out_timing_inaccurate', 'left_out_left_within_standard', 'left_out_unseen_within_standard', 'left_out_still_waiting',
  'median_wait_min_nearest_rank', 'p90_wait_min_nearest_rank', 'transfer_waits', 'open_transfer_waits_at_close',
  'completed', 'avoidable', 'avoidable_percent', 'resolved_first_contact', 'first_contact_percent', 'complaints', 'count',
  'compliments', 'feedback_responses', 'feedback_skipped', 'response_rate_percent',
  'satisfaction_answers', 'satisfied', 'satisfaction_percent', 'satisfaction_target_percent', 'satisfaction_meets_target',
  'recommend_answers', 'would_recommend', 'recommend_percent',
  'satisfaction_within_standard_answers', 'satisfaction_within_standard_percent', 'satisfaction_past_standard_answers', 'satisfaction_past_standard_percent',
  'satisfaction_within_standard_satisfied', 'satisfaction_past_standard_satisfied', 'mean_wait_min', 'longest_wait_min',
  'priority_met', 'priority_missed', 'priority_counted', 'priority_service_level_percent', 'priority_meets_target',
] as const;
/** The columns added after `count` (compliments and feedback): a spreadsheet that reads by position still finds the older ones where they were. */
const COUNT_COLUMN = CSV_COLUMNS.indexOf('count');

function figureCells(f: Figures): (string | number)[] {
  const sl = f.serviceLevel;
  return [
    f.tickets, sl.met, sl.missed, sl.counted, csvNumber(shownPercent(sl)), sl.targetPercent, csvYesNo(sl.meetsTarget),
    sl.excluded.cancelled, sl.excluded.timingInaccurate, sl.excluded.leftWithinStandard, sl.excluded.unseenWithinStandard, sl.excluded.pending,
    csvMinutes(f.firstWait.medianMs), csvMinutes(f.firstWait.p90Ms), f.transferWait.count, f.openTransferWaitsAtClose,
    f.contacts.completed, f.contacts.avoidable, csvNumber(f.contacts.avoidablePercent), f.contacts.resolvedFirstContact, csvNumber(f.contacts.firstContactPercent), f.complaints.length, '',
    ...satisfactionCells(f),
  ];
}

function satisfactionCells(f: Figures): (string | number)[] {
  const s = f.satisfaction;
  return [
    f.compliments, s.responses, s.skipped, csvNumber(s.responseRatePercent),
    s.satisfaction.answers, s.satisfaction.satisfied, csvNumber(shownPercent(s.satisfaction)), s.satisfaction.targetPercent, csvYesNo(s.satisfaction.meetsTarget),
    s.recommend.answers, s.recommend.yes, csvNumber(s.recommend.percent),
    s.withinStandard.answers, csvNumber(s.withinStandard.percent), s.pastStandard.answers, csvNumber(s.pastStandard.percent),
    // Added later, so at the end: the counts beside those two percentages, and the mean and longest beside the median and p90.
    s.withinStandard.satisfied, s.pastStandard.satisfied, csvMinutes(f.firstWait.meanMs), csvMinutes(f.firstWait.maxMs),
    // Priority customers against their own standard, apart from the headline (which judges them by the ordinary one).
    f.priorityServiceLevel.met, f.priorityServiceLevel.missed, f.priorityServiceLevel.counted, csvNumber(shownPercent(f.priorityServiceLevel)), csvYesNo(f.priorityServiceLevel.meetsTarget),
  ];
}

const countRow = (slice: string, key: string, name: string, count: number) => {
  const cells: (string | number)[] = [slice, key, name, ...Array<string>(CSV_COLUMNS.length - 3).fill('')];
  cells[COUNT_COLUMN] = count;
  return csvLine(cells);
};

export function reportCsv(r: Report, names: ReportNames): string {
  const lines = [csvLine(CSV_COLUMNS), csvLine(['total', `${r.from}..${r.to}`, 'All', ...figureCells(r.total)])];
  for (const s of r.slices) lines.push(csvLine([r.by!, s.key, sliceLabel(r.by!, s.key, names), ...figureCells(s.figures)]));
  const c = r.total.contacts;
  const reasons = [...new Set([...Object.keys(c.avoidableByReason)])].sort();
  for (const id of reasons) lines.push(countRow('ni14_reason', id, names.reason(id), c.avoidableByReason[id]!));
  for (const o of OUTCOMES) lines.push(countRow('outcome', o, OUTCOME_LABELS[o], c.outcomes[o]));
  for (const d of Object.keys(r.total.complaintsByDirectorate).sort()) lines.push(countRow('complaints_by_directorate', d, d, r.total.complaintsByDirectorate[d]!));
  for (const d of Object.keys(r.total.complimentsByDirectorate).sort()) lines.push(countRow('compliments_by_directorate', d, d, r.total.complimentsByDirectorate[d]!));
  r.total.satisfaction.byScore.forEach((n, i) => lines.push(countRow('satisfaction_score', String(i + 1), SATISFACTION_LABELS[i]!, n)));
  return csvText(lines);
}
