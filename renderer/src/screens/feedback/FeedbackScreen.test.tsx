import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../shared/settings/schema';
import { ALL_SKILLS, at, site } from '../../../../shared/testing/scenario';
import { deskCommand, saveSiteConfig } from '../../db/commands';
import { DEFAULT_SITE_SETTINGS } from '../../../../shared/config/site-settings';
import { testContext } from '../../../../test/support/device-context';
import type { Ticket } from '../../../../shared/tickets/state';
import { SETTINGS_KEY } from '../../bridge/web';
import { appDb } from '../../db/database';
import { mergeRemoteEvents } from '../../db/merge';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { FeedbackScreen } from './FeedbackScreen';
import { TAP_SETTLE_MS } from './FeedbackQuestions';

const HERE = '99999999-9999-4999-8999-999999999999';
const SUPERVISOR = '77777777-7777-4777-8777-777777777777';

/** Desk 1 served C 001 from 09:01 and finished at 09:05; C 002 waits. This screen faces desk 1. */
async function aVisitJustFinished(feedbackComments = false) {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(HERE), mode: 'live', role: 'feedback', desk: '1', deviceName: 'Desk 1 tablet' }));
  // Comments are the site's choice: saved in the site's configuration, here by the supervisor's PC.
  if (feedbackComments)
    expect(
      (await saveSiteConfig(appDb(), { ...testContext(SUPERVISOR, at(0), 7), deviceName: 'Supervisor' }, { ...DEFAULT_SITE_SETTINGS, feedbackComments })).ok,
    ).toBe(true);
  const s = site();
  const first = s.issue(0);
  const next = s.issue(0.5);
  s.call(1, first, '1');
  s.serve(1, first, '1');
  s.finish(5, first, '1');
  await share(s);
  return { s, first, next };
}
const share = (s: ReturnType<typeof site>) => mergeRemoteEvents(appDb(), JSON.parse(JSON.stringify([...s.pc.log.values()])));
const feedbackEvents = async () => (await appDb().events.toArray()).filter((e) => e.type.startsWith('ticket.feedback'));
const stored = async (t: Ticket) => (await appDb().tickets.get(t.id))!.feedback;
/** A customer's tap on the next question, a moment after it appeared (a tap sooner is a double tap: TAP_SETTLE_MS). */
async function tap(name: string) {
  vi.setSystemTime(Date.now() + TAP_SETTLE_MS);
  fireEvent.click(await screen.findByRole('button', { name }));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(5.1));
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

describe('the feedback screen facing a desk', () => {
  it('asks how the visit was and whether they would recommend us, records both against that visit, thanks them, then goes idle', async () => {
    const { first } = await aVisitJustFinished();
    renderScreen(<FeedbackScreen />, HERE);
    const question = await screen.findByRole('heading', { name: 'How was your visit today?' });
    // The question takes focus, so a screen reader reads it first.
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Very poor', 'Poor', 'Okay', 'Good', 'Very good', 'Skip these questions']);
    fireEvent.click(screen.getByRole('button', { name: 'Good' }));
    await screen.findByRole('heading', { name: 'Would you recommend us to a friend or family member?' });
    await tap('Not sure');
    await screen.findByRole('heading', { name: 'Thank you' });
    await waitFor(async () => expect(await stored(first)).toMatchObject({ satisfaction: 4, recommend: 'notSure', skipped: false, desk: '1' }));
    expect((await feedbackEvents()).map((e) => e.payload)).toEqual([{ desk: '1', satisfaction: 4, recommend: 'notSure', givenOn: 'Desk 1 tablet' }]);
    // Nothing on the screen says who the customer was.
    expect(document.body.textContent).not.toMatch(/C 001|C001/);
    vi.setSystemTime(at(5.1) + 7_000);
    expect(await screen.findByText('When your visit at this desk is over, you can tell us here how it went.', {}, { timeout: 3000 })).toBeTruthy();
  });

  it('takes a double tap on a face as one answer: the second tap does not answer the next question', async () => {
    const { first } = await aVisitJustFinished();
    renderScreen(<FeedbackScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Very good' }));
    // The second tap of the double tap lands where "Yes" now is, a tenth of a second later.
    vi.setSystemTime(Date.now() + 100);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('heading', { name: 'Would you recommend us to a friend or family member?' })).toBeTruthy();
    await tap('No');
    await screen.findByRole('heading', { name: 'Thank you' });
    await waitFor(async () => expect(await stored(first)).toMatchObject({ satisfaction: 5, recommend: 'no' }));
    expect((await feedbackEvents()).map((e) => e.payload)).toEqual([{ desk: '1', satisfaction: 5, recommend: 'no', givenOn: 'Desk 1 tablet' }]);
  });

  it('records a skip as a skip, not as an answer', async () => {
    const { first } = await aVisitJustFinished();
    renderScreen(<FeedbackScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip these questions' }));
    await screen.findByRole('heading', { name: 'Thank you' });
    await waitFor(async () => expect(await stored(first)).toMatchObject({ skipped: true, satisfaction: null, recommend: null }));
  });

  it('goes idle as soon as the desk calls the next customer, and keeps a half-given answer for the customer who gave it', async () => {
    const { s, first, next } = await aVisitJustFinished();
    renderScreen(<FeedbackScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Very good' }));
    await screen.findByRole('heading', { name: 'Would you recommend us to a friend or family member?' });
    s.call(5.5, next, '1');
    await share(s);
    expect(await screen.findByText('When your visit at this desk is over, you can tell us here how it went.')).toBeTruthy();
    await waitFor(async () => expect(await stored(first)).toMatchObject({ satisfaction: 5, recommend: null, skipped: false }));
    expect(await stored(next)).toBeUndefined();
    expect((await feedbackEvents()).map((e) => e.ticketId)).toEqual([first.id]);
  });

  it('asks for a comment only where the site turned comments on, and keeps it with the answers', async () => {
    const { first } = await aVisitJustFinished(true);
    renderScreen(<FeedbackScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Poor' }));
    await tap('No');
    fireEvent.change(await screen.findByLabelText(/Your comment \(optional\)/), { target: { value: 'Queue too long\u0000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(async () => expect(await stored(first)).toMatchObject({ satisfaction: 2, recommend: 'no', comment: 'Queue too long' }));
  });

  it('does not ask about a visit finished long before this screen heard of it', async () => {
    await aVisitJustFinished();
    vi.setSystemTime(at(5) + 25 * 60_000);
    renderScreen(<FeedbackScreen />, HERE);
    expect(await screen.findByText('Desk 1')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'How was your visit today?' })).toBeNull();
  });

  it('in a window of a desk PC with no desk in Settings, faces the one desk signed on at this PC, and asks staff when there are two', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(HERE), mode: 'live', role: 'advisor', desk: null }));
    const here = { ...testContext(HERE, at(1), 5), siteId: 'main-site' };
    await deskCommand(appDb(), here, { type: 'signOn', desk: '2', services: ['council-tax'], skills: ALL_SKILLS });
    renderScreen(<FeedbackScreen />, HERE);
    expect(await screen.findByText('Desk 2')).toBeTruthy();
    await deskCommand(appDb(), here, { type: 'signOn', desk: '4', services: ['council-tax'], skills: ALL_SKILLS });
    expect(await screen.findByText(/does not know which desk it faces/)).toBeTruthy();
  });
});
