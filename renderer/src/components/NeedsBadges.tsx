import type { Ticket } from '../../../shared/tickets/state';
import { languageName } from '../../../shared/config/languages';

/** The customer's needs as text badges, so a desk sees them before calling. */
export function NeedsBadges({ ticket }: { ticket: Ticket }) {
  const badges: string[] = [];
  if (ticket.priority) badges.push('Priority');
  if (ticket.needs.bsl) badges.push('BSL');
  if (ticket.needs.language) badges.push(`Interpreter: ${languageName(ticket.needs.language)}`);
  if (ticket.needs.wheelchair) badges.push('Wheelchair');
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
