import type { DeskState } from '../desks/desk';
import type { Needs } from '../events/schema';
import { FLAG_NEEDS, andList, coversLanguage, hasNeed, hasSkill, skillsCover } from '../needs/needs';

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
  const unmet = FLAG_NEEDS.filter((n) => hasNeed(needs, n) && !forService.some((d) => hasSkill(d.skills, n))).map((n) => n.words);
  if (language && !forService.some((d) => coversLanguage(d.skills, language))) unmet.push(`a ${languageName(language)} interpreter`);
  if (unmet.length) return `No open ${serviceName} desk offers ${andList(unmet)}`;
  return `No open ${serviceName} desk offers all of this customer’s needs at once`;
}
