import { londonDay } from '../../../../shared/calendar/london';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appDb } from '../../db/database';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { closeDay, deskCommand, issueTicket } from '../../db/commands';
import { ALL_SKILLS } from '../../../../shared/testing/scenario';
import { NO_NEEDS } from '../../../../shared/events/schema';
import { testContext } from '../../../../test/support/device-context';
import { ReceptionScreen } from './ReceptionScreen';

afterEach(resetDb);

/** The screen renders once settings are read, and attaches its key listener just after: wait until a key is heard. */
async function keysHeard(): Promise<void> {
  await waitFor(() => {
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(screen.getByTestId('next-ticket').textContent).toBe('Next ticket: Council Tax');
  });
  fireEvent.keyDown(document.body, { key: 'Escape' });
}

describe('ReceptionScreen', () => {
  it('issues one ticket per Enter, in order, however fast the greeter types', async () => {
    renderScreen(<ReceptionScreen />);
    const form = (await screen.findByRole('button', { name: 'Issue ticket' })).closest('form')!;
    await keysHeard();
    // Three customers in quick succession, without waiting for each ticket to be written.
    for (const letter of ['c', 'h', 'c']) {
      fireEvent.keyDown(form.querySelector('input[type=radio]')!, { key: letter });
      fireEvent.submit(form);
    }
    await waitFor(async () => expect(await appDb().tickets.count()).toBe(3));
    // In the order the keys were pressed: this PC's sequence numbers and stamps both say C, then H, then C.
    const bySeq = (await appDb().events.orderBy('[deviceId+deviceSeq]').toArray()).filter((e) => e.type === 'ticket.issued');
    const tickets = await appDb().tickets.bulkGet(bySeq.map((e) => e.ticketId!));
    expect(tickets.map((t) => t!.number)).toEqual(['C001', 'H001', 'C002']);
    expect(tickets.map((t) => t!.issuedHlc)).toEqual(tickets.map((t) => t!.issuedHlc).sort());
    // The screen catches up with the last commit (a live query), showing the last customer's number.
    await waitFor(() => expect(screen.getByTestId('last-number').textContent).toBe('C 002'));
  });

  it('tells the customer just issued their own wait (two ahead at one idle desk, 8 minutes each: 16), not the next arrival’s', async () => {
    const other = testContext('00000000-0000-4000-8000-00000000d35c', Date.now());
    expect((await deskCommand(appDb(), other, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS })).ok).toBe(true);
    for (let i = 0; i < 2; i++) expect((await issueTicket(appDb(), other, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false })).ok).toBe(true);
    renderScreen(<ReceptionScreen />);
    const form = (await screen.findByRole('button', { name: 'Issue ticket' })).closest('form')!;
    await keysHeard();
    fireEvent.keyDown(form.querySelector('input[type=radio]')!, { key: 'c' });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByText(/^Expected wait:/).textContent).toBe('Expected wait: About 16 minutes'));
  });

  it('says what to do when Enter is pressed before a service is chosen, and issues nothing', async () => {
    renderScreen(<ReceptionScreen />);
    fireEvent.submit((await screen.findByRole('button', { name: 'Issue ticket' })).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the service the customer needs (press its letter).');
    expect(await appDb().tickets.count()).toBe(0);
  });

  it('takes a letter, number keys and Enter wherever focus is: one keystroke per need, nothing carried into the next ticket', async () => {
    renderScreen(<ReceptionScreen />);
    await screen.findByRole('button', { name: 'Issue ticket' });
    const key = (k: string, target: Element = document.body) => fireEvent.keyDown(target, { key: k });
    await keysHeard();
    // Focus on nothing in the form (the heading, after the menu): C, 1 (priority), 5 (Polish), Enter.
    for (const k of ['c', '1', '5']) key(k);
    expect(screen.getByTestId('next-ticket').textContent).toBe('Next ticket: Council Tax (priority, a Polish interpreter)');
    key('Enter');
    await waitFor(async () => expect(await appDb().tickets.count()).toBe(1));
    const first = (await appDb().tickets.toArray())[0]!;
    expect([first.priority, first.needs]).toEqual([true, { bsl: false, wheelchair: false, language: 'pl' }]);
    expect((await screen.findByRole('status')).textContent).toBe('Ticket C 001 issued (priority, a Polish interpreter).');
    // The next customer starts clean.
    expect(screen.getByTestId('next-ticket').textContent).toBe('Next ticket: no service chosen');

    // On the language list, letters are its type-ahead (never a service); a number key and Enter still work.
    const list = screen.getByRole('combobox', { name: /Interpreter language/ });
    key('h');
    key('c', list);
    key('2', list);
    expect(screen.getByTestId('next-ticket').textContent).toBe('Next ticket: Housing (BSL)');
    key('Enter', list);
    await waitFor(async () => expect(await appDb().tickets.count()).toBe(2));
    const second = (await appDb().tickets.toArray()).find((t) => t.id !== first.id)!;
    expect([second.number, second.needs]).toEqual(['H001', { bsl: true, wheelchair: false, language: null }]);

    // The reprint list keeps its own keys: Enter there issues nothing, even with a service chosen.
    key('c');
    key('Enter', screen.getByRole('combobox', { name: 'Another of today’s tickets' }));
    // Then a ticket that is issued: had that Enter issued one, it would be written first.
    key('Escape');
    key('h');
    key('Enter');
    await waitFor(async () => expect(await appDb().tickets.where('number').equals('H002').count()).toBe(1));
    expect((await appDb().tickets.toArray()).map((t) => t.number).sort()).toEqual(['C001', 'H001', 'H002']);

    // The hearing loop has its own key, shown beside its box.
    key('Escape');
    key('b');
    key('4');
    expect(screen.getByTestId('next-ticket').textContent).toBe('Next ticket: Benefits (a hearing loop)');
    expect((screen.getByRole('checkbox', { name: /Hearing loop/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('checkbox', { name: /Hearing loop/ }).getAttribute('aria-keyshortcuts')).toBe('4');

    // A half-made choice is cleared with Esc.
    key('Escape');
    key('b');
    key('3');
    key('Escape');
    expect(screen.getByTestId('next-ticket').textContent).toBe('Next ticket: no service chosen');
  });

  it('says the day is closed, and where, before anyone tries; an issue is refused with the reason', async () => {
    const ctx = { ...testContext('77777777-7777-4777-8777-777777777777', Date.now(), 5), siteId: 'main-site', deviceName: 'Desk PC 2' };
    await closeDay(appDb(), ctx, londonDay(Date.now()));
    renderScreen(<ReceptionScreen />);
    await keysHeard();
    expect((await screen.findByTestId('day-closed-banner')).textContent).toMatch(
      /^Today is closed: closed at \d\d:\d\d on Desk PC 2\. No tickets can be issued/,
    );
    fireEvent.keyDown(document.body, { key: 'c' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Today was closed at \d\d:\d\d on Desk PC 2, so no more tickets can be issued/);
    expect(await appDb().tickets.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Reopen the day' }));
    await waitFor(() => expect(screen.queryByTestId('day-closed-banner')).toBeNull());
    fireEvent.keyDown(document.body, { key: 'c' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await waitFor(async () => expect(await appDb().tickets.count()).toBe(1));
  });
});
