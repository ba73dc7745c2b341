import { useEffect, useState } from 'react';
import { z } from 'zod';
import { OUTCOMES } from '../../../../shared/config/site-config';

/** What the advisor has filled in so far, kept per ticket so a reload (or a crash of the window) loses none of it. */
export const OutcomeDraftSchema = z.object({
  outcome: z.union([z.enum(OUTCOMES), z.literal('')]),
  unresolvedReason: z.string().max(500),
  avoidable: z.enum(['yes', 'no', '']),
  reasonId: z.string().max(40),
  avoidableNote: z.string().max(500),
  complaint: z.boolean(),
  directorate: z.string().max(60),
  summary: z.string().max(1000),
  // Defaults: a draft kept by the version before compliments still reads.
  compliment: z.boolean().default(false),
  complimentDirectorate: z.string().max(60).default(''),
  complimentSummary: z.string().max(1000).default(''),
  note: z.string().max(2000),
});
export type OutcomeDraft = z.infer<typeof OutcomeDraftSchema>;

export const EMPTY_DRAFT: OutcomeDraft = {
  outcome: '',
  unresolvedReason: '',
  avoidable: '',
  reasonId: '',
  avoidableNote: '',
  complaint: false,
  directorate: '',
  summary: '',
  compliment: false,
  complimentDirectorate: '',
  complimentSummary: '',
  note: '',
};

const Stored = z.object({ ticketId: z.string(), draft: OutcomeDraftSchema });
const KEY = 'oss.outcome-draft';

/** The draft kept for this ticket in this window (sessionStorage), if any; anything unreadable counts as none. */
export function readOutcomeDraft(ticketId: string): OutcomeDraft | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success && parsed.data.ticketId === ticketId ? parsed.data.draft : null;
  } catch {
    return null;
  }
}

export function forgetOutcomeDraft(): void {
  sessionStorage.removeItem(KEY);
}

/** The form's state, saved on every change while the form is open. */
export function useOutcomeDraft(ticketId: string): [OutcomeDraft, (patch: Partial<OutcomeDraft>) => void] {
  const [draft, setDraft] = useState<OutcomeDraft>(() => readOutcomeDraft(ticketId) ?? EMPTY_DRAFT);
  useEffect(() => {
    sessionStorage.setItem(KEY, JSON.stringify({ ticketId, draft }));
  }, [ticketId, draft]);
  return [draft, (patch) => setDraft((d) => ({ ...d, ...patch }))];
}
