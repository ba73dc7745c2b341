import { z } from 'zod';

/**
 * What a site serves and to which standard. Every number here is
 * configuration with the seeds' defaults (Chorley: face to face within
 * 10 minutes for 80% of customers), never a constant in the logic.
 */

export const ServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().min(1).max(60),
  /** Printed and spoken before the number: "C 014". One letter, unique per site. */
  letter: z.string().regex(/^[A-Z]$/),
  directorate: z.string().min(1).max(60),
  standardMinutes: z.number().int().min(1).max(240),
  /** Priority customers (e.g. vulnerable, appointment) have a shorter standard. */
  priorityStandardMinutes: z.number().int().min(1).max(240),
  active: z.boolean(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const Ni14ReasonSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), label: z.string().min(1).max(80), needsNote: z.boolean() });
export type Ni14Reason = z.infer<typeof Ni14ReasonSchema>;

export const SiteConfigSchema = z.object({
  services: z.array(ServiceSchema).min(1),
  /** Share to be seen within the standard, in percent. */
  targetPercent: z.number().min(1).max(100),
  /** Minutes before its deadline at which a waiting ticket is "near breach". */
  nearBreachMinutes: z.number().int().min(0).max(240),
  ni14Reasons: z.array(Ni14ReasonSchema).min(1),
  directorates: z.array(z.string().min(1).max(60)).min(1),
  /**
   * Issuing PCs share ticket numbers by slot: a PC in slot s of n issues
   * numbers s+1, s+1+n, s+1+2n… so two PCs offline never print the same one.
   */
  issuingSlots: z.number().int().min(1).max(9),
  /** Assumed service time before a site has history of its own (minutes). */
  defaultServiceMinutes: z.number().min(1).max(120),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

export const OUTCOMES = ['resolved', 'referred', 'appointment', 'signposted', 'unresolved'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved at first point of contact',
  referred: 'Referred to back office',
  appointment: 'Appointment booked',
  signposted: 'Signposted to another organisation',
  unresolved: 'Unable to resolve',
};

/** NI14 avoidable contact categories (docs/measurement.md). */
export const DEFAULT_NI14_REASONS: Ni14Reason[] = [
  { id: 'progress-chasing', label: 'Progress chasing', needsNote: false },
  { id: 'clarification', label: 'Seeking clarification (unclear letter, form or web page)', needsNote: false },
  { id: 'repeat', label: 'Repeat contact (not resolved last time)', needsNote: false },
  { id: 'misdirected', label: 'Wrong place or misdirected', needsNote: false },
  { id: 'online', label: 'Could have been done online / information available elsewhere', needsNote: false },
  { id: 'premature', label: 'Premature (before the promised time)', needsNote: false },
  { id: 'other', label: 'Other', needsNote: true },
];

const svc = (id: string, name: string, letter: string, directorate: string): Service => ({
  id,
  name,
  letter,
  directorate,
  standardMinutes: 10,
  priorityStandardMinutes: 5,
  active: true,
});

export const DEFAULT_SERVICES: Service[] = [
  svc('council-tax', 'Council Tax', 'C', 'Finance'),
  svc('benefits', 'Benefits', 'B', 'Finance'),
  svc('housing', 'Housing', 'H', 'Housing'),
  svc('planning', 'Planning', 'P', 'Planning and Regeneration'),
  svc('waste', 'Waste and Recycling', 'W', 'Environment'),
  svc('parking', 'Parking', 'K', 'Environment'),
  svc('blue-badge', 'Blue Badge', 'D', 'Adult Social Care'),
  svc('registrars', 'Registrars', 'R', 'Legal and Democratic Services'),
  svc('payments', 'Payments', 'Y', 'Finance'),
  svc('general', 'General enquiry', 'G', 'Customer Services'),
];

export const DEFAULT_SITE_CONFIG: SiteConfig = {
  services: DEFAULT_SERVICES,
  targetPercent: 80,
  nearBreachMinutes: 2,
  ni14Reasons: DEFAULT_NI14_REASONS,
  directorates: [...new Set(DEFAULT_SERVICES.map((s) => s.directorate))],
  issuingSlots: 1,
  defaultServiceMinutes: 8,
};

export function serviceById(config: SiteConfig, id: string): Service | undefined {
  return config.services.find((s) => s.id === id);
}

/** A service's name for people; its id if the site no longer has it (a ticket from before a change in Settings). */
export function serviceName(config: SiteConfig, id: string): string {
  return serviceById(config, id)?.name ?? id;
}
