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

  it('names the screen it was given on, when the screen has a name', () => {
    const { s, t } = finishedVisit();
    const [e] = s.pc.run(at(6), { type: 'giveFeedback', ticketId: t.id, answer: 'skipped', givenOn: 'Desk 1 tablet' }) as TicketEvent[];
    expect(e!.payload).toEqual({ desk: '1', givenOn: 'Desk 1 tablet' });
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
    expect(s.ticket(t).feedback?.comment).toBe('Very helpful');
    const other = finishedVisit();
    const [blank] = other.s.feedback(6, other.t, { satisfaction: 5, recommend: 'yes', comment: '   ' });
    expect(blank!.payload).not.toHaveProperty('comment');
  });

  it('refuses feedback on a visit not yet finished, and a second answer for the same visit', () => {
    const s = site();
    const t = s.issue(0);
    const early = s.pc.run(at(1), { type: 'giveFeedback', ticketId: t.id, answer: 'skipped' });
    expect(isDomainError(early) && [early.code, early.message]).toEqual(['not-finished', 'Feedback is asked for only after a visit is finished.']);
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

  it('keeps, as a conflict, feedback that reaches a PC before the visit it belongs to was finished there', () => {
    const { s, t } = finishedVisit();
    const log = [...s.pc.log.values()].filter((e): e is TicketEvent => e.ticketId === t.id);
    const [feedback] = s.feedback(6, t, { satisfaction: 4, recommend: 'yes' });
    const withoutFinish = [...log.filter((e) => e.type !== 'ticket.completed'), feedback as TicketEvent];
    const folded = foldTicket(withoutFinish)!;
    expect(folded.status).toBe('serving');
    expect(folded.feedback).toBeUndefined();
    expect(folded.conflicts.map((c) => c.reason)).toEqual(['feedback is asked for only after a visit is finished']);
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

/**
 * X issued first, Y after; desk 1 serves Y first (out of turn, finished at 09:05), then X (called
 * at `callX`, finished at `finishX`): the tickets come in issue order, the visits in the other.
 */
function outOfOrderVisits(callX: number, finishX: number) {
  const s = site();
  const x = s.issue(0);
  const y = s.issue(0.5);
  s.call(1, y, '1', 'appointment');
  s.serve(1, y, '1');
  s.finish(5, y, '1');
  s.call(callX, x, '1');
  s.serve(callX, x, '1');
  s.finish(finishX, x, '1');
  return { s, x, y };
}

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

  it('finds the visit finished last and the calls since, whatever order the tickets come in', () => {
    const { s, x, y } = outOfOrderVisits(6, 9);
    expect(feedbackPrompt(s.pc.tickets.values(), '1')?.id).toBe(x.id);
    // Y's customer answering late (its last event now after X's) does not make Y the visit to ask about.
    s.feedback(9.5, y, 'skipped');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')?.id).toBe(x.id);
    // A customer issued before both, called after X finished and sent back: the desk has moved on.
    const z = s.issue(0.2);
    expect(feedbackPrompt(s.pc.tickets.values(), '1')?.id).toBe(x.id);
    s.call(9, z, '1');
    s.requeue(9.5, z, '1');
    expect(feedbackPrompt([s.ticket(z), s.ticket(x), s.ticket(y)], '1')).toBeNull();
  });

  it('stops asking when the desk calls a customer transferred to it from another desk', () => {
    const { s } = finishedVisit();
    const moved = s.issue(2);
    s.call(2, moved, '2');
    s.serve(2, moved, '2');
    s.transfer(4, moved, 'housing', '2');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')).not.toBeNull();
    s.call(6, moved, '1');
    expect(feedbackPrompt(s.pc.tickets.values(), '1')).toBeNull();
  });

  it('between two visits finished in the same moment, asks about the one finished last by the clock of the log', () => {
    const { s, x, y } = outOfOrderVisits(5, 5);
    expect(feedbackPrompt(s.pc.tickets.values(), '1')?.id).toBe(x.id);
    expect(feedbackPrompt([s.ticket(y), s.ticket(x)], '1')?.id).toBe(x.id);
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
