import type { Figures } from '../../../shared/figures/figures';
import { withCounts } from '../format';
import { shownPercent } from '../../../shared/figures/service-level';

/**
 * What customers said on the feedback screens, always with counts:
 * satisfied (against the site's target), would recommend, how many
 * answered, and satisfaction read beside the wait. One rendering for the
 * supervisor's screen, the reports and their print.
 */
export function SatisfactionList({ figures, testId, live = true }: { figures: Figures; testId: string; live?: boolean }) {
  const s = figures.satisfaction;
  const sat = s.satisfaction;
  const verdict = sat.meetsTarget === null ? '' : sat.meetsTarget ? ' ✓ on target' : ' ✗ below target';
  return (
    <dl className="figures" aria-label="Customer satisfaction">
      <div data-testid={`${testId}-satisfaction`}>
        <dt>Satisfied with their visit</dt>
        <dd>
          {withCounts(shownPercent(sat), sat.satisfied, sat.answers, 'no answers')} · target {sat.targetPercent}%{live ? verdict : ''}
        </dd>
      </div>
      <div data-testid={`${testId}-recommend`}>
        <dt>Would recommend us</dt>
        <dd>{withCounts(s.recommend.percent, s.recommend.yes, s.recommend.answers, 'no answers')}</dd>
      </div>
      <div data-testid={`${testId}-response-rate`}>
        <dt>Answered the feedback screen</dt>
        <dd>
          {withCounts(s.responseRatePercent, s.responses, s.completedVisits, 'no visits finished')} of visits{s.skipped > 0 && ` · ${s.skipped} skipped`}
        </dd>
      </div>
      <div data-testid={`${testId}-satisfaction-by-wait`}>
        <dt>Satisfied, by wait</dt>
        <dd>
          seen within the standard {withCounts(s.withinStandard.percent, s.withinStandard.satisfied, s.withinStandard.answers, 'no answers')} · not{' '}
          {withCounts(s.pastStandard.percent, s.pastStandard.satisfied, s.pastStandard.answers, 'no answers')}
        </dd>
      </div>
      <div data-testid={`${testId}-compliments`}>
        <dt>Compliments at the counter</dt>
        <dd>{figures.compliments}</dd>
      </div>
    </dl>
  );
}
