import { describe, expect, it } from 'vitest';
import { parseEvent } from '../events/parse';
import { isDomainError } from '../testing/sim-device';
import { at, site } from '../testing/scenario';
import { feedbackPrompt, stillAsking, FEEDBACK_ASK_MS, FEEDBACK_STALE_MS } from './feedback-prompt';
import { foldTicket } from './fold';
import type { TicketEvent } from '../events/schema';

/** One customer served at desk 1 from 09:01 to 09:05. */
function finishedVisit() {
  const s = site();
  const t = s.issue(0);
  s.call(1, t, '1');
  s.serve(1, t, '1');
  s.finish(5, t, '1');
  return { s, t };
}

describe('feedback on a visit', () => {
  it('records the answers against the visit and the desk that finished it, and nothing personal', () => {
    const { s, t } = finishedVisit();
    const [e] = s.feedback(5.5, t, { satisfaction: 4, recommend: 'notSure' });
    expect(e).toMatchObject({ type: 'ticket.feedbackGiven', ticketId: t.id, payload: { desk: '1', satisfaction: 4, recommend: 'notSure' } });
    expect(s.ticket(t).feedback).toEqual({ at: at(5.5), desk: '1', skipped: false, satisfaction: 4, recommend: 'notSure' });
  });

  it('records a skip, and a customer who answered neither question as a skip', () => {
    const a = finishedVisit();
    expect(a.s.feedback(6, a.t, 'skipped')[0]).toMatchObject({ type: 'ticket.feedbackSkipped', payload: { desk: '1' } });
    const b = finishedVisit();
    expect(b.s.feedback(6, b.t, { satisfaction: null, recommend: null })[0]!.type).toBe('ticket.feedbackSkipped');
    expect(b.s.ticket(b.t).feedback).toMatchObject({ skipped: true, satisfaction: null, recommend: null });
  });

  it('keeps a comment only when there is one, trimmed', () => {
    const { s, t } = finishedVisit();
    const [e] = s.feedback(6, t, { satisfaction: 5, recommend: 'yes', comment: '  Very helpful  ' });
    expect(e!.payload).toMatchObject({ comment: 'Very helpful' });
    const other = finishedVisit();
    const [blank] = other.s.feedback(6, other.t, { satisfaction: 5, recommend: 'yes', comment: '   ' });
    expect(blank!.payload).not.toHaveProperty('comment');
  });

  it('refuses feedback on a visit not yet finished, and a second answer for the same visit', () => {
    const s = site();
    const t = s.issue(0);
    const early = s.pc.run(at(1), { type: 'giveFeedback', ticketId: t.id, answer: 'skipped' });
    expect(isDomainError(early) && early.message).toBe('Feedback is asked for only after a visit is finished.');
    s.call(1, t, '1');
    s.serve(1, t, '1');
    s.finish(5, t, '1');
    s.feedback(6, t, { satisfaction: 5, recommend: 'yes' });
    const again = s.pc.run(at(6.1), { type: 'giveFeedback', ticketId: t.id, answer: { satisfaction: 1, recommend: 'no' } });
    expect(isDomainError(again) && again.message).toBe('C 001: feedback was already given for this visit.');
  });

  it('keeps the first answer when two screens answer for one visit, whichever arrives first, and notes the other', () => {
    const a = finishedVisit();
    const first = a.s.feedback(6, a.t, { satisfaction: 5, recommend: 'yes' });
    // A second device answering the same visit later (a double tap on a screen that had not yet heard).
    const second = {
      ...first[0]!,
      id: '00000000-0000-4000-8000-0000000000ff',
      hlc: first[0]!.hlc.replace(/^\d{15}/, (n) => String(Number(n) + 1000).padStart(15, '0')),
      payload: { desk: '1', satisfaction: 1, recommend: 'no' },
    } as TicketEvent;
    const log = [...a.s.pc.log.values()].filter((e): e is TicketEvent => e.ticketId === a.t.id);
    for (const order of [
      [...log, second],
      [second, ...log.reverse()],
    ]) {
      const folded = foldTicket(order)!;
      expect(folded.feedback).toMatchObject({ satisfaction: 5, recommend: 'yes' });
      expect(folded.conflicts.map((c) => c.reason)).toEqual(['feedback was already given for this visit']);
    }
  });

  it('refuses, at the boundary, an answer outside the five faces or a feedback event with no answer at all', () => {
    const { s, t } = finishedVisit();
    const [e] = s.feedback(6, t, { satisfaction: 3, recommend: null });
    expect(parseEvent(e).ok).toBe(true);
    expect(parseEvent({ ...e, payload: { desk: '1', satisfaction: 6, recommend: null } }).ok).toBe(false);
    expect(parseEvent({ ...e, payload: { desk: '1', satisfaction: 0, recommend: null } }).ok).toBe(false);
    expect(parseEvent({ ...e, payload: { desk: '1', satisfaction: null, recommend: 'maybe' } }).ok).toBe(false);
    const none = parseEvent({ ...e, payload: { desk: '1', satisfaction: null, recommend: null } });
    expect(!none.ok && none.error.message).toMatch(/neither question answered is a skip/);
  });
});

describe('which visit the feedback screen asks about', () => {
  it('asks about the visit the desk finished last, until it is answered', () => {
    const { s, t } = finishedVisit();
    expect(feedbackPrompt(s.pc.tickets.values(), '1')?.id).toBe(t.id);
    expect(feedbackPrompt(s.pc.tickets.values(), '2')).toBeNull();
    s.feedback(6, t, 'skipped');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')).toBeNull();
  });

  it('stops asking as soon as the desk calls anyone, even a customer it sends back to the queue', () => {
    const { s } = finishedVisit();
    const next = s.issue(2);
    s.call(6, next, '1');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')).toBeNull();
    s.requeue(6.5, next, '1');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')).toBeNull();
  });

  it('asks about the later of two visits the desk finished, not the first one left unanswered', () => {
    const { s } = finishedVisit();
    const next = s.issue(2);
    s.call(6, next, '1');
    s.serve(6, next, '1');
    s.finish(9, next, '1');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')?.id).toBe(next.id);
    // Another desk's calls change nothing at desk 1.
    const other = s.issue(3);
    s.call(10, other, '2');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')?.id).toBe(next.id);
  });

  it('asks for three minutes from when this screen heard, and not about a visit that ended long before', () => {
    const finished = at(5);
    expect(stillAsking(finished, at(5.1), at(5.1) + FEEDBACK_ASK_MS)).toBe(true);
    expect(stillAsking(finished, at(5.1), at(5.1) + FEEDBACK_ASK_MS + 1)).toBe(false);
    // A desk clock 10 minutes ahead of the screen's: still asked for the full three minutes.
    expect(stillAsking(at(15), at(5.1), at(7))).toBe(true);
    expect(stillAsking(finished, finished + FEEDBACK_STALE_MS, finished + FEEDBACK_STALE_MS)).toBe(true);
    expect(stillAsking(finished, finished + FEEDBACK_STALE_MS + 1, finished + FEEDBACK_STALE_MS + 1)).toBe(false);
  });
});
