import type { PeriodKind } from '../../../../shared/calendar/periods';
import type { SliceBy } from '../../../../shared/figures/figures';

export type PeriodChoice = PeriodKind | 'custom';

export interface ReportControlsProps {
  choice: PeriodChoice;
  onChoice: (c: PeriodChoice) => void;
  custom: { from: string; to: string };
  onCustom: (c: { from: string; to: string }) => void;
  by: SliceBy;
  onBy: (b: SliceBy) => void;
  /** Labels of the returns' periods, e.g. "2026-11" and "Q3 2026/27"; null while no report is shown. */
  returns: { month: string; quarter: string } | null;
  onExportCsv: () => void;
  onExportReturn: (kind: 'ni14' | 'service-level') => void;
  onPrint: () => void;
}

/** Period, breakdown and the ways out of the screen: CSV, the two returns, print. */
export function ReportControls(p: ReportControlsProps) {
  const ready = p.returns !== null;
  return (
    <form className="report-controls" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="period">Period</label>
        <select id="period" value={p.choice} onChange={(e) => p.onChoice(e.target.value as PeriodChoice)}>
          <option value="day">Today</option>
          <option value="week">This week</option>
          <option value="month">This month</option>
          <option value="quarter">This quarter</option>
          <option value="year">This financial year</option>
          <option value="custom">Custom dates</option>
        </select>
      </div>
      {p.choice === 'custom' && (
        <>
          <div className="field">
            <label htmlFor="from">From</label>
            <input id="from" type="date" value={p.custom.from} onChange={(e) => p.onCustom({ ...p.custom, from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" type="date" value={p.custom.to} onChange={(e) => p.onCustom({ ...p.custom, to: e.target.value })} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor="by">Break down by</label>
        <select id="by" value={p.by} onChange={(e) => p.onBy(e.target.value as SliceBy)}>
          <option value="service">Service</option>
          <option value="desk">Desk</option>
          <option value="hour">Hour of day</option>
          <option value="day">Day</option>
          <option value="week">Week</option>
          <option value="month">Month</option>
          <option value="quarter">Quarter</option>
          <option value="need">Need (a customer with two counts under each)</option>
        </select>
      </div>
      <div className="actions">
        <button type="button" onClick={p.onExportCsv} disabled={!ready}>
          Export CSV
        </button>
        <button type="button" onClick={() => p.onExportReturn('ni14')} disabled={!ready}>
          NI14 return for {p.returns?.month ?? 'the month'}
        </button>
        <button type="button" onClick={() => p.onExportReturn('service-level')} disabled={!ready}>
          Seen-within-standard return for {p.returns?.quarter ?? 'the quarter'}
        </button>
        <button type="button" onClick={p.onPrint} disabled={!ready}>
          Print or save as PDF
        </button>
      </div>
    </form>
  );
}
