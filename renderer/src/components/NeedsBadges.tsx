import type { Ticket } from '../../../shared/tickets/state';

const LANGUAGES: Record<string, string> = {
  pl: 'Polish',
  ro: 'Romanian',
  ur: 'Urdu',
  pa: 'Punjabi',
  ar: 'Arabic',
  bn: 'Bengali',
  gu: 'Gujarati',
  so: 'Somali',
  pt: 'Portuguese',
  es: 'Spanish',
  lt: 'Lithuanian',
  zh: 'Chinese',
  fa: 'Farsi',
  ku: 'Kurdish',
  ti: 'Tigrinya',
  uk: 'Ukrainian',
  cy: 'Welsh',
};
export const languageName = (code: string) => LANGUAGES[code] ?? code.toUpperCase();
export const LANGUAGE_OPTIONS = Object.entries(LANGUAGES).sort((a, b) => a[1].localeCompare(b[1]));

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
