import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import type { SiteConfig } from '../config/site-config';
import type { Skills } from '../events/schema';
import type { Command, DomainError } from '../tickets/decide';
import type { Ticket } from '../tickets/state';
import { SimDevice, isDomainError } from './sim-device';

/**
 * Worked examples in minutes after opening: `at(9)` is 09:09 on Monday
 * 23 November 2026 (GMT, so UK local time equals UTC).
 */
export const OPEN = Date.UTC(2026, 10, 23, 9, 0);
export const DAY = '2026-11-23';
export const at = (minutes: number) => OPEN + Math.round(minutes * 60_000);
export const ALL_SKILLS: Skills = { bsl: true, accessibleDesk: true, hearingLoop: true, languages: [], interpreterLine: true };
export const NO_SKILLS: Skills = { bsl: false, accessibleDesk: false, languages: [], interpreterLine: false };

let deviceCounter = 0;
export function newDeviceId(): string {
  deviceCounter += 1;
  return `00000000-0000-4000-8000-${String(deviceCounter).padStart(12, '0')}`;
}

export function must<T>(x: T | DomainError): T {
  if (isDomainError(x)) throw new Error(`${x.code}: ${x.message}`);
  return x;
}

/** The value of a Result, or a thrown error with its message: for tests, where a failure should fail loudly. */
export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A site with one PC (a new one, or one given) and desks 1–3 signed on for every service. */
export function site(config: SiteConfig = DEFAULT_SITE_CONFIG, pc = new SimDevice(newDeviceId(), 'test-site', { slot: 0, slots: 1 }, config)) {
  for (const desk of ['1', '2', '3']) must(pc.desk(OPEN, { type: 'signOn', desk, services: config.services.map((s) => s.id), skills: ALL_SKILLS }));
  const run = (minutes: number, cmd: Exclude<Command, { type: 'issue' }>) => must(pc.run(at(minutes), cmd));
  return {
    pc,
    issue: (minutes: number, serviceId = 'council-tax', opts: Parameters<SimDevice['issue']>[3] = {}) => must(pc.issue(at(minutes), DAY, serviceId, opts)),
    call: (m: number, t: Ticket, desk = '1', outOfTurnReason?: string) =>
      run(m, { type: 'call', ticketId: t.id, desk, ...(outOfTurnReason ? { outOfTurnReason } : {}) }),
    recall: (m: number, t: Ticket, desk = '1') => run(m, { type: 'recall', ticketId: t.id, desk }),
    requeue: (m: number, t: Ticket, desk = '1') => run(m, { type: 'requeue', ticketId: t.id, desk }),
    serve: (m: number, t: Ticket, desk = '1') => run(m, { type: 'startServing', ticketId: t.id, desk }),
    noShow: (m: number, t: Ticket, desk = '1') => run(m, { type: 'noShow', ticketId: t.id, desk }),
    finish: (m: number, t: Ticket, desk = '1', extra: Partial<Extract<Command, { type: 'complete' }>> = {}) =>
      run(m, { type: 'complete', ticketId: t.id, desk, outcome: 'resolved', avoidable: null, complaint: null, ...extra }),
    transfer: (m: number, t: Ticket, toServiceId: string, desk = '1') => run(m, { type: 'transfer', ticketId: t.id, desk, toServiceId }),
    feedback: (m: number, t: Ticket, answer: Extract<Command, { type: 'giveFeedback' }>['answer']) => run(m, { type: 'giveFeedback', ticketId: t.id, answer }),
    left: (m: number, t: Ticket) => run(m, { type: 'markLeft', ticketId: t.id }),
    cancel: (m: number, t: Ticket, reason = 'issued in error') => run(m, { type: 'cancel', ticketId: t.id, reason }),
    closeDay: (m: number) => pc.closeDay(at(m), DAY),
    ticket: (t: Ticket) => pc.tickets.get(t.id)!,
  };
}
