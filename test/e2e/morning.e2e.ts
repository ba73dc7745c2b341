import { DEFAULT_COMPLAINT_POLICY } from '../../shared/figures/contacts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_SITE_CONFIG } from '../../shared/config/site-config';
import { isTicketEvent } from '../../shared/events/schema';
import { computeFigures } from '../../shared/figures/figures';
import { orderQueue } from '../../shared/queue/call-order';
import { foldAll } from '../../shared/tickets/fold';
import { displayNumber } from '../../shared/tickets/state';
import { launchChromium } from './chromium';
import { seriousViolations } from './axe';
import { openScreen, readLog } from './pages';
import { issue, signOn } from './staff';

/**
 * A morning at one PC: 30 customers issued at the reception page, two desk
 * pages calling and serving (same PC, same database), a calling display, a
 * reload half-way, and at the end the queue and today's figures on screen
 * compared with what the domain core computes from the same events.
 * The pages share a fake clock (Playwright's) so minutes pass in seconds.
 */
const MORNING = new Date('2026-11-23T09:00:00Z'); // a Monday, GMT
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.clock.install({ time: MORNING });
});
afterAll(async () => {
  await browser?.close();
});

const minutes = (m: number) => context.clock.fastForward(Math.round(m * 60_000));

async function callNext(desk: Page, display: Page): Promise<string> {
  await desk.bringToFront();
  await desk.getByRole('button', { name: 'Call next' }).click();
  const number = (await desk.getByTestId('desk-ticket').textContent())!;
  await display.getByTestId('display-number').filter({ hasText: number }).waitFor();
  return number;
}

async function serveAndFinish(desk: Page, outcome: { label: string; avoidable?: string; complaint?: string }) {
  await desk.bringToFront();
  await desk.getByRole('button', { name: 'Start serving' }).click();
  await desk.getByRole('button', { name: 'Finish…' }).click();
  await desk.getByRole('radio', { name: outcome.label }).check();
  if (outcome.avoidable) {
    await desk.getByRole('radio', { name: 'Yes', exact: true }).check();
    await desk.getByLabel('Why was it avoidable?').selectOption({ label: outcome.avoidable });
  } else await desk.getByRole('radio', { name: 'No', exact: true }).check();
  if (outcome.complaint) {
    await desk.getByRole('checkbox', { name: 'The customer made a complaint' }).check();
    await desk.getByLabel('Directorate').selectOption(outcome.complaint);
  }
  await desk.getByRole('button', { name: 'Finish contact' }).click();
  await desk.getByRole('button', { name: 'Call next' }).waitFor();
}

const RESOLVED = 'Resolved at first point of contact';

describe('a morning at the One Stop Shop, on one PC', () => {
  it('issues, calls, serves and records outcomes; survives a reload; the screens agree with the domain core', async () => {
    const reception = await openScreen(context, 'reception');
    const deskA = await openScreen(context, 'desk');
    const deskB = await openScreen(context, 'desk');
    const display = await openScreen(context, 'display');
    const violations: string[] = [];

    await signOn(deskA, '1', 'all');
    await signOn(deskB, '2', ['Council Tax', 'Benefits', 'Housing'], true);

    // 09:00–09:15: thirty customers arrive across six services.
    const letters = 'CCBHCPWGCBHCCGBHPCWCBGHCCBHCGW';
    const issued: string[] = [];
    for (let i = 0; i < 30; i++) {
      issued.push(await issue(reception, letters[i]!, { bsl: i === 7, priority: i === 12 }));
      await minutes(0.5);
    }
    expect(issued.slice(0, 4)).toEqual(['C 001', 'C 002', 'B 001', 'H 001']);
    expect(new Set(issued).size).toBe(30);
    violations.push(...(await seriousViolations(reception, 'reception after issuing')));

    // Desk 1: a no-show, then an avoidable progress chaser, then a transfer to Housing.
    await callNext(deskA, display);
    await deskA.bringToFront();
    await deskA.getByRole('button', { name: 'No-show' }).click();
    await deskA.getByRole('button', { name: 'Call next' }).waitFor();
    await minutes(1);
    await callNext(deskA, display);
    await serveAndFinish(deskA, { label: RESOLVED, avoidable: 'Progress chasing' });
    const transferred = await callNext(deskA, display);
    await deskA.bringToFront();
    await deskA.getByRole('button', { name: 'Start serving' }).click();
    await deskA.getByLabel('Transfer to').selectOption({ label: 'Housing' });
    await deskA.getByRole('button', { name: 'Transfer' }).click();
    await deskA.getByRole('button', { name: 'Call next' }).waitFor();

    // Desk 2 serves with a complaint, and the outcome form is checked for accessibility.
    await callNext(deskB, display);
    await deskB.bringToFront();
    await deskB.getByRole('button', { name: 'Start serving' }).click();
    await deskB.getByRole('button', { name: 'Finish…' }).click();
    await deskB.getByRole('radio', { name: 'Yes', exact: true }).check();
    violations.push(...(await seriousViolations(deskB, 'outcome form')));
    await deskB.getByRole('button', { name: 'Back', exact: true }).click();
    await deskB.getByRole('button', { name: 'Finish…' }).click();
    await deskB.getByRole('radio', { name: 'Referred to back office' }).check();
    await deskB.getByRole('radio', { name: 'No', exact: true }).check();
    await deskB.getByRole('checkbox', { name: 'The customer made a complaint' }).check();
    await deskB.getByLabel('Directorate').selectOption('Finance');
    await deskB.getByRole('button', { name: 'Finish contact' }).click();
    await deskB.getByRole('button', { name: 'Call next' }).waitFor();

    // A refused action writes nothing: desk 2 cannot call while it already holds a customer.
    const logBefore = (await readLog(reception)).length;
    await callNext(deskB, display);
    await deskB.bringToFront();
    await deskB.keyboard.press('Alt+N');
    await deskB.getByRole('alert').filter({ hasText: 'Finish, transfer or return your current customer first.' }).waitFor();
    expect((await readLog(reception)).length).toBe(logBefore + 1);
    await serveAndFinish(deskB, { label: RESOLVED });

    // Half-way: desk 1's page is reloaded. It is still desk 1, and nothing is lost.
    await deskA.bringToFront();
    await deskA.reload();
    await deskA.getByText('Desk 1', { exact: true }).waitFor();
    // The call, the start and the finish since the count: three events, all on disk.
    expect(await readLog(deskA)).toHaveLength(logBefore + 3);

    // Time passes: the rest wait past ten minutes, then both desks work through the queue.
    await minutes(12);
    const outcomes = [
      { label: RESOLVED },
      { label: RESOLVED, avoidable: 'Repeat contact (not resolved last time)' },
      { label: 'Appointment booked' },
      { label: 'Signposted to another organisation' },
      { label: RESOLVED },
      { label: RESOLVED, avoidable: 'Wrong place or misdirected' },
    ];
    const calledOrder: string[] = [];
    for (let round = 0; round < 6; round++) {
      const desk = round % 2 === 0 ? deskA : deskB;
      calledOrder.push(await callNext(desk, display));
      await minutes(2);
      await serveAndFinish(desk, outcomes[round]!);
    }
    expect(new Set(calledOrder).size).toBe(6);

    // The queue page: every waiting ticket, in call order, with the figures of the day.
    const queue = await openScreen(context, 'queue');
    await queue.bringToFront();
    await queue.getByTestId('fig-service-level').waitFor();
    violations.push(...(await seriousViolations(queue, 'queue with customers waiting')));
    violations.push(...(await seriousViolations(display, 'calling display')));
    expect(violations).toEqual([]);

    const log = await readLog(queue);
    const tickets = foldAll(log.filter(isTicketEvent));
    const now = await queue.evaluate(() => Date.now());
    const expectedOrder = orderQueue([...tickets.values()]).map((t) => displayNumber(t.number));
    const rows = await queue.locator('table.queue tbody th').allTextContents();
    expect(rows).toEqual(expectedOrder);
    expect(await queue.getByTestId('waiting-count').textContent()).toBe(`${expectedOrder.length} waiting`);

    const f = computeFigures([...tickets.values()], {
      asOf: now,
      targetPercent: DEFAULT_SITE_CONFIG.targetPercent,
      complaintPolicy: DEFAULT_COMPLAINT_POLICY,
    });
    const sl = await queue.getByTestId('fig-service-level').textContent();
    expect(sl).toContain(`(${f.serviceLevel.met} of ${f.serviceLevel.counted})`);
    expect(await queue.getByTestId('fig-avoidable').textContent()).toContain(`(${f.contacts.avoidable} of ${f.contacts.completed})`);
    expect(await queue.getByTestId('fig-first-contact').textContent()).toContain(`(${f.contacts.resolvedFirstContact} of ${f.contacts.completed})`);

    // What the morning held, as the domain core sees it.
    expect(f.contacts.completed).toBe(9);
    expect(f.contacts.avoidable).toBe(3);
    expect(f.complaints).toHaveLength(1);
    expect(f.serviceLevel.missed).toBeGreaterThan(0);
    expect([...tickets.values()].filter((t) => t.status === 'noShow')).toHaveLength(1);
    const moved = [...tickets.values()].filter((t) => t.segments.length > 1);
    expect(moved.map((t) => [displayNumber(t.number), t.segments.at(-1)!.serviceId])).toEqual([[transferred, 'housing']]);
    expect(tickets.size).toBe(30);
  });
});
