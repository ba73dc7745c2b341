import type { DeskState } from '../desks/desk';
import type { Needs } from '../events/schema';
import { skillsCover } from '../queue/call-order';

/** "BSL, a Polish interpreter and wheelchair access"; xs is never empty. */
const and = (xs: readonly string[]) => (xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/**
 * Why no wait can be told for a customer: no desk is open, no open desk
 * covers the service, or the desks that do cannot meet the customer's
 * needs (and which). The greeter can then say the real reason, rather
 * than "no desk is open" while three desks are working.
 */
export function whyNoDesk(serviceId: string, serviceName: string, needs: Needs, desks: readonly DeskState[], languageName: (code: string) => string): string {
  const open = desks.filter((d) => d.status === 'open');
  if (open.length === 0) return desks.some((d) => d.status === 'paused') ? 'Every desk is paused' : 'No desk is open yet';
  const forService = open.filter((d) => d.services.includes(serviceId));
  if (forService.length === 0) return `No open desk covers ${serviceName}`;
  if (forService.some((d) => skillsCover(d.skills, needs))) return `No open desk can take this customer yet`;
  const language = needs.language;
  const unmet: string[] = [];
  if (needs.bsl && !forService.some((d) => d.skills.bsl)) unmet.push('BSL');
  if (language && !forService.some((d) => d.skills.interpreterLine || d.skills.languages.includes(language)))
    unmet.push(`a ${languageName(language)} interpreter`);
  if (needs.wheelchair && !forService.some((d) => d.skills.accessibleDesk)) unmet.push('wheelchair access');
  if (unmet.length) return `No open ${serviceName} desk offers ${and(unmet)}`;
  return `No open ${serviceName} desk offers all of this customer’s needs at once`;
}
