import { describe, expect, it } from 'vitest';
import { DAY, at, site } from '../testing/scenario';
import { SimDevice, isDomainError } from '../testing/sim-device';
import { closeImpact } from './close-day';
import { dayStatusOf } from './day-status';
import { decide } from './decide';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { NO_NEEDS } from '../events/schema';

describe('closing the day for the whole site', () => {
  it('refuses to issue once the day is closed, saying when and on which PC, and issues again once it is reopened', () => {
    const s = site();
    s.issue(0);
    s.pc.closeDay(at(480), DAY, 'Desk PC 2');
    expect(s.pc.dayStatus(DAY)).toEqual({ closed: true, at: at(480), on: 'Desk PC 2' });
    const refused = s.pc.issue(at(481), DAY, 'council-tax');
    expect(isDomainError(refused) && refused).toEqual({
      code: 'day-closed',
      message: 'Today was closed at 17:00 on Desk PC 2, so no more tickets can be issued. Reopen the day to issue one.',
    });
    s.pc.reopenDay(at(482), DAY);
    expect(s.pc.dayStatus(DAY)).toEqual({ closed: false });
    expect(isDomainError(s.pc.issue(at(483), DAY, 'council-tax'))).toBe(false);
  });

  it('is closed on another PC once it hears of the close, whatever order the events arrive in', () => {
    const s = site();
    s.pc.closeDay(at(480), DAY);
    s.pc.reopenDay(at(481), DAY);
    s.pc.closeDay(at(482), DAY);
    const other = new SimDevice('00000000-0000-4000-8000-0000000000cd', 'test-site', { slot: 0, slots: 1 });
    other.merge([...s.pc.log.values()].reverse(), at(483));
    expect(other.dayStatus(DAY)).toMatchObject({ closed: true, at: at(482), on: undefined });
    const refused = other.issue(at(484), DAY, 'council-tax');
    expect(isDomainError(refused) && refused.message).toBe('Today was closed at 17:02, so no more tickets can be issued. Reopen the day to issue one.');
  });

  it('says who closing would affect: those waiting or called, by the PC that issued them, and those being served', () => {
    const front = site();
    const desk = new SimDevice('00000000-0000-4000-8000-0000000000ef', 'test-site', { slot: 0, slots: 1 });
    const a = front.issue(0);
    front.issue(1);
    const c = front.issue(2, 'housing');
    front.issue(3);
    front.call(4, a, '1');
    front.call(4.5, c, '2', 'housing advice booked');
    front.serve(5, c, '2');
    const tickets = [...front.pc.tickets.values()].map((t, i) => (i === 1 ? { ...t, issuedOn: 'Front desk', issuedBy: 'front' } : t));
    // The same name on a replacement PC counts as that PC; PCs with no name recorded count together.
    tickets.push({ ...tickets[1]!, id: 'x', issuedBy: 'front-replaced', issuedOn: 'Front desk' });
    tickets.push({ ...tickets[1]!, id: 'y', issuedBy: 'old-pc', issuedOn: undefined });
    tickets.push({ ...tickets[1]!, id: 'w', issuedBy: 'older-pc', issuedOn: undefined });
    tickets.push({ ...tickets[1]!, id: 'z', day: '2026-01-01' });
    expect(closeImpact(tickets, DAY, front.pc.deviceId)).toEqual({
      stillWaiting: 6,
      serving: 1,
      byPc: [
        { pc: 'another PC', here: false, count: 2 },
        { pc: 'Front desk', here: false, count: 2 },
        { pc: 'this PC', here: true, count: 2 },
      ],
    });
    expect(closeImpact([], DAY, desk.deviceId)).toEqual({ stillWaiting: 0, serving: 0, byPc: [] });
  });

  it('is decided by close and reopen events only, whatever else the day holds', () => {
    const s = site();
    const later = s.issue(1);
    s.pc.closeDay(at(480), DAY);
    const events = [...s.pc.log.values()].map((e) => (e.ticketId === later.id ? { ...e, hlc: '999999999999999-99999-z' } : e));
    expect(dayStatusOf(events)).toMatchObject({ closed: true });
    expect(dayStatusOf(events.filter((e) => e.type !== 'day.closed'))).toEqual({ closed: false });
  });

  it('records the issuing PC’s name on a ticket, when it has one', () => {
    const r = decide(
      undefined,
      { type: 'issue', ticketId: 'a', serviceId: 'council-tax', number: 'C001', day: DAY, needs: NO_NEEDS, priority: false, issuedOn: 'Front desk' },
      { config: DEFAULT_SITE_CONFIG },
    );
    expect(r.ok && r.value[0]!.payload).toMatchObject({ number: 'C001', issuedOn: 'Front desk' });
    const unnamed = decide(
      undefined,
      { type: 'issue', ticketId: 'b', serviceId: 'council-tax', number: 'C002', day: DAY, needs: NO_NEEDS, priority: false },
      { config: DEFAULT_SITE_CONFIG },
    );
    expect(unnamed.ok && 'issuedOn' in unnamed.value[0]!.payload).toBe(false);
  });

  it('records the closing PC’s name on the close, when it has one', () => {
    const s = site();
    const [closed] = s.pc.closeDay(at(480), DAY, 'Desk PC 2').filter((e) => e.type === 'day.closed');
    expect(closed?.payload).toEqual({ day: DAY, stillWaiting: 0, closedOn: 'Desk PC 2' });
  });
});
