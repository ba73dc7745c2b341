import { DEFAULT_COMPLAINT_POLICY } from '../shared/figures/contacts';
import type { SliceBy } from '../shared/figures/figures';
import { buildReport as build } from '../shared/reports/report';
import type { Report } from '../shared/reports/report';
import type { Ticket } from '../shared/tickets/state';

export { CSV_COLUMNS, reportCsv } from '../shared/reports/report';
export type { Report } from '../shared/reports/report';

/** Reports at the endpoint: the shared report with England and Wales working days for complaint due dates. */
export function buildReport(tickets: readonly Ticket[], opts: { from: string; to: string; by: SliceBy | null; asOf: number; targetPercent: number }): Report {
  return build(tickets, { ...opts, complaintPolicy: DEFAULT_COMPLAINT_POLICY });
}
