import { randomUUID } from 'node:crypto';
import { TAP_SETTLE_MS } from '../../renderer/src/screens/feedback/FeedbackQuestions';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDay } from '../../shared/calendar/london';
import { enrolDevice } from '../../server/devices/devices';
import { ReportBody } from '../../shared/sync/wire';
import { launchChromium } from './chromium';
import { seriousViolations } from './axe';
import { openScreen, readLog } from './pages';
import { live, siteWorld } from './site-world';
import { issue, signOn } from './staff';

/**
 * Customer feedback at one desk, through a real endpoint: the desk PC, a
 * tablet facing the desk (its own browser profile, so everything it hears
 * comes through the endpoint) and the desk PC's own second window on a
 * customer-facing monitor. Five customers, worked by hand:
 *
 * | ticket | answered on   | how was your visit | recommend                                   |
 * | C 001  | tablet        | Very good (5)      | Yes                                         |
 * | C 002  | second window | skipped            | –                                           |
 * | C 003  | tablet        | Poor (2)           | No: tapped after the desk (offline) called C 004 |
 * | C 004  | tablet        | Okay (3)           | – the desk called C 005 first; the screen went idle |
 * | C 005  | (with desk)   | –                  | –                                           |
 *
 * Completed 4; answered 3 (75.0%), 1 skipped. Satisfied 1 of 3 (33.3%);
 * would recommend 1 of 2 (50.0%).
 */
const SITE = 'feedback-site';
let browser: Browser;
let world: Awaited<ReturnType<typeof siteWorld>>;
let deskPc: BrowserContext;
let tabletPc: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  world = await siteWorld(browser, SITE, 'Leyland Civic Centre');
  deskPc = await world.pc('Desk PC 1', { role: 'advisor', desk: '1' });
  tabletPc = await world.pc('Desk 1 tablet', { role: 'feedback', desk: '1' }, { width: 1024, height: 768 });
}, 60_000);
afterAll(async () => {
  await world?.close();
  await browser?.close();
});

const IDLE = 'When your visit at this desk is over, you can tell us here how it went.';

/** The advisor finishes the customer at the desk: resolved, not avoidable. */
async function finishCustomer(desk: Page) {
  await desk.bringToFront();
  await desk.getByRole('button', { name: 'Finish…' }).click();
  const form = desk.getByRole('form', { name: 'Outcome' });
  await form.getByRole('radio', { name: 'Resolved at first point of contact' }).check();
  await form.getByRole('radio', { name: 'No', exact: true }).check();
  await form.getByRole('button', { name: 'Finish contact' }).click();
  await desk.getByText('No customer at this desk.').waitFor();
}

async function callAndServe(desk: Page, number: string) {
  await desk.bringToFront();
  await desk.keyboard.press('Alt+N');
  await desk.getByTestId('desk-ticket').filter({ hasText: number }).waitFor();
  await desk.getByRole('button', { name: 'Start serving' }).click();
  await desk.getByRole('button', { name: 'Finish…' }).waitFor();
}

describe('customer feedback at a desk, through the endpoint', () => {
  it('asks after each visit on the tablet and the second window, keeps a late tap with its own visit, and the supervisor and the endpoint agree with the hand-worked figures', async () => {
    const desk = await openScreen(deskPc, 'desk');
    const tablet = await openScreen(tabletPc, 'feedback');
    const secondWindow = await openScreen(deskPc, 'feedback');
    await live(desk);
    await signOn(desk, '1', 'all');
    const reception = await openScreen(deskPc, 'reception');
    for (let i = 0; i < 5; i++) await issue(reception, 'c');
    await reception.close();
    await tablet.getByText(IDLE).waitFor();

    // C 001 answers on the tablet.
    await callAndServe(desk, 'C 001');
    await finishCustomer(desk);
    await tablet.getByRole('heading', { name: 'How was your visit today?' }).waitFor({ timeout: 15_000 });
    // Every target is large enough to tap, and nothing serious for axe.
    const sizes = await tablet.getByRole('button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
    expect(await seriousViolations(tablet, 'feedback screen')).toEqual([]);
    await tablet.getByRole('button', { name: 'Very good' }).click();
    // A double tap: the second lands where "Yes" now is, and is not taken as an answer.
    await tablet.getByRole('button', { name: 'Yes', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Would you recommend us to a friend or family member?' }).waitFor();
    // The customer reads the question, then answers.
    await tablet.waitForTimeout(TAP_SETTLE_MS);
    await tablet.getByRole('button', { name: 'Yes', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Thank you' }).waitFor();
    await desk.getByTestId('last-feedback').filter({ hasText: 'C 001, the last customer you finished: given' }).waitFor({ timeout: 15_000 });

    // C 002 skips, on the desk PC's own second window (keyboard only).
    await callAndServe(desk, 'C 002');
    await finishCustomer(desk);
    await secondWindow.bringToFront();
    await secondWindow.getByRole('heading', { name: 'How was your visit today?' }).waitFor();
    await secondWindow.getByRole('button', { name: 'Skip these questions' }).focus();
    await secondWindow.keyboard.press('Enter');
    await secondWindow.getByRole('heading', { name: 'Thank you' }).waitFor();

    // C 003 answers the first question; the desk PC, offline for a moment, calls C 004; then the customer taps "No".
    await callAndServe(desk, 'C 003');
    await finishCustomer(desk);
    await tablet.getByRole('heading', { name: 'How was your visit today?' }).waitFor({ timeout: 15_000 });
    await tablet.getByRole('button', { name: 'Poor', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Would you recommend us to a friend or family member?' }).waitFor();
    await deskPc.setOffline(true);
    await callAndServe(desk, 'C 004');
    await tablet.waitForTimeout(TAP_SETTLE_MS);
    await tablet.getByRole('button', { name: 'No', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Thank you' }).waitFor();
    await deskPc.setOffline(false);

    // C 004 answers the first question, and the desk calls C 005 before the second: the tablet hears
    // the call and goes idle; a tap where "No" was lands on nothing, and "Okay" stays with C 004.
    await finishCustomer(desk);
    await tablet.getByRole('heading', { name: 'How was your visit today?' }).waitFor({ timeout: 20_000 });
    await tablet.getByRole('button', { name: 'Okay' }).click();
    await tablet.getByRole('heading', { name: 'Would you recommend us to a friend or family member?' }).waitFor();
    const noButton = (await tablet.getByRole('button', { name: 'No', exact: true }).boundingBox())!;
    await callAndServe(desk, 'C 005');
    await tablet.getByText(IDLE).waitFor({ timeout: 15_000 });
    await tablet.mouse.click(noButton.x + noButton.width / 2, noButton.y + noButton.height / 2);

    // The endpoint holds one answer per visit, each with its own visit: none for C 005.
    const ids = new Map((await readLog(desk)).flatMap((e) => (e.type === 'ticket.issued' ? [[e.payload.number, e.ticketId!] as const] : [])));
    await expect
      .poll(async () => Number((await world.db.query<{ n: unknown }>("SELECT count(*) AS n FROM events WHERE type LIKE 'ticket.feedback%'")).rows[0]!.n), {
        timeout: 20_000,
      })
      .toBe(4);
    const stored = await world.db.query<{ ticket_id: string; type: string; body: { payload: Record<string, unknown> } }>(
      "SELECT ticket_id, type, body FROM events WHERE type LIKE 'ticket.feedback%' ORDER BY seq",
    );
    expect(stored.rows.map((r) => [r.ticket_id, r.type, r.body.payload['satisfaction'] ?? null, r.body.payload['recommend'] ?? null])).toEqual([
      [ids.get('C001'), 'ticket.feedbackGiven', 5, 'yes'],
      [ids.get('C002'), 'ticket.feedbackSkipped', null, null],
      [ids.get('C003'), 'ticket.feedbackGiven', 2, 'no'],
      [ids.get('C004'), 'ticket.feedbackGiven', 3, null],
    ]);

    // The supervisor (the desk PC) reads the hand-worked figures.
    const supervisor = await openScreen(deskPc, 'supervisor');
    await expect
      .poll(() => supervisor.getByTestId('sup-satisfaction').textContent(), { timeout: 15_000 })
      .toBe('Satisfied with their visit33.3% (1 of 3) · target 80% ✗ below target');
    expect(await supervisor.getByTestId('sup-recommend').textContent()).toBe('Would recommend us50.0% (1 of 2)');
    expect(await supervisor.getByTestId('sup-response-rate').textContent()).toBe('Answered the feedback screen75.0% (3 of 4) of visits · 1 skipped');

    // So does the endpoint's report, for a PC of the site.
    const reader = await enrolDevice(world.db, SITE, 'Performance officer PC', randomUUID());
    const today = londonDay(Date.now());
    const res = await fetch(`${world.url}/v1/reports?from=${today}&to=${today}&by=desk`, { headers: { authorization: `Bearer ${reader.token}` } });
    const report = ReportBody.parse(await res.json());
    expect(report.total.satisfaction).toMatchObject({
      completedVisits: 4,
      responses: 3,
      skipped: 1,
      satisfaction: { answers: 3, satisfied: 1, meetsTarget: false },
      recommend: { answers: 2, yes: 1, no: 1, notSure: 0, percent: 50 },
      byScore: [0, 1, 1, 0, 1],
    });
    expect(report.total.satisfaction.satisfaction.percent).toBeCloseTo(100 / 3, 10);
    expect(report.slices.map((s) => [s.key, s.figures.satisfaction.responses])).toEqual([['1', 3]]);
  }, 180_000);
});
