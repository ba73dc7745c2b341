import { displayNumber } from '../../../../shared/tickets/state';
import { useLastFinished } from '../../data/hooks';

/**
 * Whether the customer this desk finished last answered the feedback screen:
 * given, skipped or not yet. Never what they answered: the answers are the
 * customer's to give freely, and read only in the figures.
 */
export function LastFeedback({ desk }: { desk: string }) {
  const last = useLastFinished(desk);
  if (!last) return null;
  const f = last.feedback;
  const said = !f ? 'none yet' : f.skipped ? 'skipped' : 'given';
  return (
    <p className="hint" data-testid="last-feedback">
      Feedback from {displayNumber(last.number)}, the last customer you finished: {said}
    </p>
  );
}
