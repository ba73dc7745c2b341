import type { Outcome } from '../config/site-config';
import type { Needs, Recommend } from '../events/schema';

/**
 * A ticket as the fold of its events. A visit is one or more *segments*:
 * the first from issue, one more for each transfer to another service. Each
 * segment queues, is called (maybe several times), and is served.
 */
export type TicketStatus = 'waiting' | 'called' | 'serving' | 'completed' | 'noShow' | 'left' | 'cancelled' | 'unseenAtClose';
export const OPEN_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving'];

export interface Call {
  at: number;
  hlc: string;
  desk: string;
  deviceId: string;
  recall: boolean;
  outOfTurnReason?: string;
}

export interface Segment {
  serviceId: string;
  standardMinutes: number;
  /** When this segment joined the queue: issue time, or the transfer. */
  queuedAt: number;
  calls: Call[];
  /** The call that was followed by the start of service: the wait ends here. */
  answeredCall?: Call;
  servingStartedAt?: number;
  servingDesk?: string;
  /** What the desk that transferred the customer here wrote for the next desk. */
  transferNote?: string;
}

/** An event the fold set aside because it no longer made sense when merged. */
export interface Conflict {
  eventId: string;
  type: string;
  desk?: string;
  deviceId: string;
  hlc: string;
  reason: string;
  /** For a lost race to call: the desk that has the customer. */
  winnerDesk?: string;
}

export interface Completion {
  at: number;
  desk: string;
  outcome: Outcome;
  unresolvedReason?: string;
  avoidable: { reasonId: string; note?: string } | null;
  complaint: { directorate: string; summary?: string } | null;
  compliment: { directorate: string; summary?: string } | null;
  note?: string;
}

/**
 * What the customer said on the feedback screen about this visit, or that
 * they skipped. One per visit: the first recorded (by hlc) stands.
 */
export interface Feedback {
  at: number;
  desk: string;
  skipped: boolean;
  /** 1 very dissatisfied … 5 very satisfied; null when not answered. */
  satisfaction: number | null;
  recommend: Recommend | null;
  comment?: string;
}

export interface Ticket {
  id: string;
  siteId: string;
  number: string;
  day: string;
  needs: Needs;
  priority: boolean;
  /** For a priority customer: the service's ordinary standard at issue, which the headline figure judges them by. */
  ordinaryStandardMinutes?: number;
  name?: string;
  issuedAt: number;
  issuedHlc: string;
  issuedBy: string;
  /** The issuing PC's name, when it recorded one. */
  issuedOn?: string;
  status: TicketStatus;
  segments: Segment[];
  /** The desk holding the ticket now (called or serving), if any. */
  desk?: string;
  /** When the ticket reached a terminal status. */
  closedAt?: number;
  completion?: Completion;
  feedback?: Feedback;
  cancelReason?: string;
  timingInaccurate: boolean;
  /**
   * The other moments a PC stamped that the figures read (serving started, transferred, left,
   * closed unseen, no-show, finished), with the PC: a PC found with its clock out flags every
   * ticket it timed (shared/tickets/timing-flags.ts). Issue and calls carry their PC already.
   * Absent on a ticket folded before this was kept: nothing stamped.
   */
  stampedBy?: { deviceId: string; at: number }[];
  conflicts: Conflict[];
  /** hlc of the last event applied: the fold's high-water mark. */
  lastHlc: string;
  eventCount: number;
}

/** The later of two hlc stamps: a ticket's high-water mark only moves forward. */
export function laterHlc(a: string, b: string): string {
  // Stryker disable next-line EqualityOperator: when the two are equal either is the answer
  return a > b ? a : b;
}

/** A ticket's status in the words staff read beside its number ("C 004, cancelled"). */
export const STATUS_WORDS: Readonly<Record<TicketStatus, string>> = {
  waiting: 'waiting',
  called: 'called',
  serving: 'being served',
  completed: 'seen',
  noShow: 'no-show',
  left: 'left without being seen',
  cancelled: 'cancelled',
  unseenAtClose: 'not seen by close',
};

export function currentSegment(t: Ticket): Segment {
  return t.segments[t.segments.length - 1]!;
}

export function isOpen(t: Ticket): boolean {
  return OPEN_STATUSES.includes(t.status);
}

/** When (epoch ms) the current segment breaches its standard: queued at + its standard. */
export function deadlineOf(t: Ticket): number {
  const seg = currentSegment(t);
  return seg.queuedAt + seg.standardMinutes * 60_000;
}

export function displayNumber(number: string): string {
  return `${number.slice(0, 1)} ${number.slice(1)}`;
}
