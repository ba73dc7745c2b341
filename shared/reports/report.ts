import { computeFigures, sliceFigures } from '../figures/figures';
import type { Figures, SliceBy } from '../figures/figures';
import type { ComplaintPolicy } from '../figures/contacts';
import type { Ticket } from '../tickets/state';

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
  tickets: readonly Ticket[],
  opts: { from: string; to: string; by: SliceBy | null; asOf: number; targetPercent: number; complaintPolicy: ComplaintPolicy },
): Report {
  const fo = { asOf: opts.asOf, targetPercent: opts.targetPercent, complaintPolicy: opts.complaintPolicy };
  return { from: opts.from, to: opts.to, by: opts.by, targetPercent: opts.targetPercent, total: computeFigures(tickets, fo), slices: opts.by ? sliceFigures(tickets, opts.by, fo) : [] };
}

export const CSV_COLUMNS = [
  'slice', 'key', 'tickets', 'met', 'missed', 'counted', 'service_level_percent', 'target_percent',
  'left_out_cancelled', 'left_out_timing_inaccurate', 'left_out_left_within_standard', 'left_out_unseen_within_standard', 'left_out_pending',
  'median_wait_min', 'p90_wait_min', 'transfer_waits', 'completed', 'avoidable', 'avoidable_percent', 'resolved_first_contact', 'first_contact_percent', 'complaints',
] as const;

const n = (v: number | null, digits = 1) => (v === null ? '' : Number(v.toFixed(digits)).toString());
const minutes = (ms: number | null) => (ms === null ? '' : n(ms / 60_000, 2));
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function csvRow(slice: string, key: string, f: Figures, target: number): string {
  const sl = f.serviceLevel;
  return [
    slice, key, f.tickets, sl.met, sl.missed, sl.counted, n(sl.percent), target,
    sl.excluded.cancelled, sl.excluded.timingInaccurate, sl.excluded.leftWithinStandard, sl.excluded.unseenWithinStandard, sl.excluded.pending,
    minutes(f.firstWait.medianMs), minutes(f.firstWait.p90Ms), f.transferWait.count, f.contacts.completed, f.contacts.avoidable, n(f.contacts.avoidablePercent),
    f.contacts.resolvedFirstContact, n(f.contacts.firstContactPercent), f.complaints.length,
  ]
    .map((v) => cell(String(v)))
    .join(',');
}

export function reportCsv(r: Report): string {
  const lines = [CSV_COLUMNS.join(','), csvRow('total', `${r.from}..${r.to}`, r.total, r.targetPercent)];
  for (const s of r.slices) lines.push(csvRow(r.by!, s.key, s.figures, r.targetPercent));
  return `${lines.join('\n')}\n`;
}
