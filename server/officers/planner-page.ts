import { WEEKDAY_NAMES, slotLabel } from '../../shared/planner/forecast';
import { checkSentence, planCellText, planGrid, walkOutSentence } from '../../shared/planner/plan-text';
import { SIMULATED_DAYS } from '../../shared/planner/check';
import type { SitePlan } from '../reports/planner';
import { esc, page } from './officer-page';

/** The officer's choice: which site, how many weeks of history, and the share of time away from the desk. */
export interface PlannerForm {
  site: string;
  allowed: string[];
  weeks: number;
  /** As typed; none: the site's configured share. */
  shrinkage: number | undefined;
}

export const PLANNER_WEEKS = [8, 10, 12] as const;

function planTable(p: SitePlan): string {
  const grid = planGrid(p.plan);
  if (!p.plan.length) return '<p>No customers in the history read: nothing to plan from yet.</p>';
  const head = grid.weekdays.map((w) => `<th scope="col">${esc(WEEKDAY_NAMES[w]!)}</th>`).join('');
  const rows = grid.slots
    .map((slot) => {
      const cells = grid.weekdays
        .map((w) => {
          const c = grid.at(w, slot);
          if (!c) return '<td>–</td>';
          const short = c.shortBy > 0 ? ` <strong>· short by ${c.shortBy}</strong>` : '';
          return `<td${c.shortBy > 0 ? ' class="short"' : ''}>${esc(planCellText(c))}${short}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(slotLabel(slot))}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="plan"><caption>Desks needed each half hour to see customers within the standard, against desks open in the same half hour recently</caption>
<thead><tr><th scope="col">Half hour</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function plannerPage(officer: string, form: PlannerForm, shown: SitePlan | null, problem?: string): string {
  const options = form.allowed.map((s) => `<option value="${esc(s)}"${s === form.site ? ' selected' : ''}>${esc(s)}</option>`).join('');
  const weeks = PLANNER_WEEKS.map((w) => `<option value="${w}"${w === form.weeks ? ' selected' : ''}>last ${w} weeks</option>`).join('');
  let body = '';
  if (shown) {
    const short = shown.plan.filter((p) => p.shortBy > 0).length;
    const f = shown.forecast;
    const query = new URLSearchParams({ site: form.site, weeks: String(form.weeks), shrinkage: String(shown.shrinkagePercent) }).toString();
    body = `<h2>${esc(form.site)}: desks each half hour for ${esc(shown.site.targetPercent)}% seen within ${esc(shown.site.standardMinutes)} minutes</h2>
<p>From ${f.daysUsed} open days (${esc(shown.from)} to ${esc(shown.to)}; bank holidays and closed days left out). ${esc(checkSentence(f, shown.plan.filter((p) => p.check && p.check.erlangDesks !== p.desksNeeded).length, SIMULATED_DAYS))}${f.patienceMs === null ? '' : ` ${esc(walkOutSentence(f)!)}`}</p>
<p role="status">${short === 0 ? 'Every half hour had at least the desks it needs open in recent weeks.' : `${short} half hour${short === 1 ? '' : 's'} had fewer desks open than needed: the standard will be missed there unless more are opened.`}</p>
${planTable(shown)}
<ul class="files"><li><a href="/officer/planner?${esc(query)}&amp;format=csv" download>The plan as CSV</a></li></ul>
<p class="hint">Advisors to roster (with ${esc(shown.shrinkagePercent)}% of time away from the desk${form.shrinkage === undefined ? ', the site’s configured share' : ''}) are in the CSV. To print, use your browser's Print (Ctrl+P).</p>`;
  }
  return page(
    'Staffing planner',
    `<header class="bar"><p>Logged in as ${esc(officer)}</p><form method="post" action="/officer/logout"><button type="submit">Log out</button></form></header>
<p><a href="/officer">Council-wide reports</a></p>
<h1>Staffing planner</h1>
${problem ? `<p class="error" role="alert">${esc(problem)}</p>` : ''}
<form method="get" action="/officer/planner" class="report-form">
<p><label for="site">Site</label><select id="site" name="site">${options}</select></p>
<p><label for="weeks">History</label><select id="weeks" name="weeks">${weeks}</select></p>
<p><label for="shrinkage">Time away from the desk (breaks, training), %</label><span class="hint" id="shrinkage-hint">Leave empty for the site’s configured share.</span><input id="shrinkage" name="shrinkage" type="number" min="0" max="90" aria-describedby="shrinkage-hint" value="${esc(shown ? shown.shrinkagePercent : (form.shrinkage ?? ''))}"></p>
<p><button type="submit">Show the plan</button></p>
</form>
${body}`,
  );
}
