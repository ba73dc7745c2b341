import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_SKILLS, DAY, at, must } from '../../../../shared/testing/scenario';
import { SimDevice } from '../../../../shared/testing/sim-device';
import { deskCommand, ticketCommand } from '../../db/commands';
import { appDb } from '../../db/database';
import { mergeRemoteEvents } from '../../db/merge';
import { testContext } from '../../../../test/support/device-context';
import { useSession } from '../../state/session';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { DeskScreen } from './DeskScreen';
import { SETTINGS_KEY } from '../../bridge/web';
import { defaultSettings } from '../../../../shared/settings/schema';

const HERE = '99999999-9999-4999-8999-999999999999';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(6));
  useSession.setState({ desk: '1', dismissedConflicts: [] });
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

describe('a desk that lost a race to call, once the PCs meet again', () => {
  it('is told which desk has the customer, and can dismiss the notice', async () => {
    // PC B issues a ticket and this PC hears of it; then, out of touch, both call it.
    const b = new SimDevice('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'main-site', { slot: 1, slots: 2 }, undefined, 42);
    must(b.desk(at(0), { type: 'signOn', desk: '2', services: ['council-tax'], skills: ALL_SKILLS }));
    const ticket = must(b.issue(at(0), DAY, 'council-tax'));
    await mergeRemoteEvents(appDb(), [...b.log.values()]);
    const here = { ...testContext(HERE, at(1), 7), siteId: 'main-site' };
    const r1 = await deskCommand(appDb(), here, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS });
    expect(r1.ok).toBe(true);
    here.advance(4);
    expect((await ticketCommand(appDb(), here, { type: 'call', ticketId: ticket.id, desk: '1' })).ok).toBe(true);

    renderScreen(<DeskScreen />, HERE);
    expect((await screen.findByTestId('desk-ticket')).textContent).toBe('C 002');

    must(b.run(at(4), { type: 'call', ticketId: ticket.id, desk: '2' }));
    await mergeRemoteEvents(appDb(), [...b.log.values()]);

    const alert = await screen.findByText(/was also called at/);
    expect(alert.textContent).toMatch(
      /^C 002 was also called at desk 2 before this PC heard of it \(at the same moment, or while the PCs were out of touch\); that call came first, so desk 2 has the customer/,
    );
    // The desk tried to call its next customer by itself: nobody else is waiting, and it says so.
    expect((await screen.findByText(/first, while the PCs were out of touch/)).textContent).toBe(
      'C 002 was called at desk 2 first, while the PCs were out of touch. Nobody is waiting for the services this desk covers.',
    );
    await waitFor(() => expect(screen.queryByTestId('desk-ticket')).toBeNull());
    expect(screen.getByRole('button', { name: 'Call next' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Understood' }));
    await waitFor(() => expect(screen.queryByText(/was also called at/)).toBeNull());
  });
});

describe('a desk that lost a race to call while it waited for that customer', () => {
  it('calls its next customer by itself and says why in one line', async () => {
    const b = new SimDevice('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'main-site', { slot: 1, slots: 2 }, undefined, 42);
    must(b.desk(at(0), { type: 'signOn', desk: '2', services: ['council-tax'], skills: ALL_SKILLS }));
    const first = must(b.issue(at(0), DAY, 'council-tax'));
    const second = must(b.issue(at(0.5), DAY, 'council-tax'));
    await mergeRemoteEvents(appDb(), [...b.log.values()]);
    const here = { ...testContext(HERE, at(1), 7), siteId: 'main-site' };
    expect((await deskCommand(appDb(), here, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS })).ok).toBe(true);
    here.advance(4);
    expect((await ticketCommand(appDb(), here, { type: 'call', ticketId: first.id, desk: '1' })).ok).toBe(true);
    renderScreen(<DeskScreen />, HERE);
    expect((await screen.findByTestId('desk-ticket')).textContent).toBe(first.number.replace(/^(\w)/, '$1 '));

    must(b.run(at(4), { type: 'call', ticketId: first.id, desk: '2' }));
    await mergeRemoteEvents(appDb(), [...b.log.values()]);

    await waitFor(() => expect(screen.getByTestId('desk-ticket').textContent).toBe(second.number.replace(/^(\w)/, '$1 ')));
    expect(screen.getByRole('status').textContent).toContain(
      `${first.number.replace(/^(\w)/, '$1 ')} was called at desk 2 first, while the PCs were out of touch. Called ${second.number.replace(/^(\w)/, '$1 ')} to desk 1.`,
    );
    // Replaced, so nothing is left to dismiss.
    expect(screen.queryByText(/was also called at/)).toBeNull();
  });
});

describe('signing on at a desk another PC has open', () => {
  it('refuses, says where and what it covers, and takes it over only when asked', async () => {
    const other = new SimDevice('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'main-site', { slot: 1, slots: 2 }, undefined, 43);
    must(other.desk(at(0), { type: 'signOn', desk: '1', services: ['council-tax', 'housing'], skills: { ...ALL_SKILLS, languages: ['pl'] } }));
    await mergeRemoteEvents(appDb(), [...other.log.values()]);
    useSession.setState({ desk: null });
    renderScreen(<DeskScreen />, HERE);
    fireEvent.change(await screen.findByLabelText('Desk number'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign on' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Desk 1 is already open on another PC since 09:00, covering 2 services, with BSL, .*PL, interpreter line\. Choose another desk, or take this one over\.$/,
    );
    expect((await appDb().desks.get('1'))?.skills.languages).toEqual(['pl']);
    fireEvent.click(screen.getByRole('button', { name: 'Take over desk 1 with my services and skills' }));
    await waitFor(async () => expect((await appDb().desks.get('1'))?.deviceId).toBe(HERE));
    expect(useSession.getState().desk).toBe('1');
  });
});

describe('a customer called who has gone', () => {
  it('is recorded from the desk as left without being seen, and the desk is free', async () => {
    const here = { ...testContext(HERE, at(1), 7), siteId: 'main-site' };
    expect((await deskCommand(appDb(), here, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS })).ok).toBe(true);
    const b = new SimDevice('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'main-site', { slot: 1, slots: 2 }, undefined, 42);
    const ticket = must(b.issue(at(0), DAY, 'council-tax'));
    await mergeRemoteEvents(appDb(), [...b.log.values()]);
    expect((await ticketCommand(appDb(), here, { type: 'call', ticketId: ticket.id, desk: '1' })).ok).toBe(true);
    renderScreen(<DeskScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Left without being seen' }));
    await waitFor(async () => expect(await appDb().tickets.get(ticket.id)).toMatchObject({ status: 'left' }));
    expect((await screen.findByRole('status')).textContent).toBe('C 002 left without being seen.');
    expect(await screen.findByRole('button', { name: 'Call next' })).toBeTruthy();
  });
});

describe('a desk PC that restarted while its desk was open', () => {
  afterEach(() => localStorage.clear());

  it('carries on at the desk in its Settings, with its customer, without signing on again', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(HERE), mode: 'live', role: 'desk', desk: '3' }));
    const here = { ...testContext(HERE, at(1), 7), siteId: 'main-site' };
    expect((await deskCommand(appDb(), here, { type: 'signOn', desk: '3', services: ['council-tax'], skills: ALL_SKILLS })).ok).toBe(true);
    // The restart: the window's session is gone.
    useSession.setState({ desk: null });
    renderScreen(<DeskScreen />, HERE);
    expect(await screen.findByText('Desk 3', { exact: true })).toBeTruthy();
    expect(screen.queryByLabelText('Desk number')).toBeNull();
  });

  it('signs on again at its own open desk without being asked to take it over', async () => {
    const here = { ...testContext(HERE, at(1), 7), siteId: 'main-site' };
    expect((await deskCommand(appDb(), here, { type: 'signOn', desk: '4', services: ['council-tax'], skills: ALL_SKILLS })).ok).toBe(true);
    useSession.setState({ desk: null });
    renderScreen(<DeskScreen />, HERE);
    fireEvent.change(await screen.findByLabelText('Desk number'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign on' }));
    expect(await screen.findByText('Desk 4', { exact: true })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Take over/ })).toBeNull();
  });
});

describe('a desk with a hearing loop', () => {
  it('signs on with it, and is the desk that calls the customer who needs it', async () => {
    const greeter = new SimDevice('dddddddd-dddd-4ddd-8ddd-dddddddddddd', 'main-site', { slot: 1, slots: 2 }, undefined, 44);
    const loop = must(greeter.issue(at(0), DAY, 'council-tax', { needs: { bsl: false, wheelchair: false, hearingLoop: true, language: null } }));
    must(greeter.issue(at(1), DAY, 'council-tax'));
    await mergeRemoteEvents(appDb(), [...greeter.log.values()]);
    useSession.setState({ desk: null });
    renderScreen(<DeskScreen />, HERE);
    fireEvent.change(await screen.findByLabelText('Desk number'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hearing loop fitted' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign on' }));
    await waitFor(async () => expect((await appDb().desks.get('5'))?.skills).toMatchObject({ hearingLoop: true, bsl: false }));
    fireEvent.click(await screen.findByRole('button', { name: 'Call next' }));
    expect((await screen.findByTestId('desk-ticket')).textContent).toBe(loop.number.replace(/^([A-Z])/, '$1 '));
    expect((await appDb().tickets.get(loop.id))?.status).toBe('called');
  });
});
