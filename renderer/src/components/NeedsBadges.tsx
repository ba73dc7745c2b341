import type { Ticket } from '../../../shared/tickets/state';
import { languageName } from '../../../shared/config/languages';
import { needBadges } from '../../../shared/needs/needs';

/** The customer's needs (and priority) in words, as the desk, the queue and the supervisor show them. */
export function needLabels(needs: Ticket['needs'], priority: boolean): string[] {
  return [...(priority ? ['Priority'] : []), ...needBadges(needs, languageName)];
}

/** The customer's needs as text badges, so a desk sees them before calling. */
export function NeedsBadges({ ticket }: { ticket: Ticket }) {
  const badges = needLabels(ticket.needs, ticket.priority);
  if (ticket.segments.length > 1) badges.push('Transferred');
  if (!badges.length) return null;
  return (
    <span className="badges">
      {badges.map((b) => (
        <span key={b} className="badge">
          {b}
        </span>
      ))}
    </span>
  );
}
