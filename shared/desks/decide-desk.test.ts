import { describe, expect, it } from 'vitest';
import { at } from '../testing/scenario';
import { decideDesk } from './decide-desk';
import type { DeskState } from './desk';

const HERE = 'pc-here';
const skills = { bsl: true, accessibleDesk: false, languages: ['pl', 'ro'], interpreterLine: false };
const open: DeskState = { desk: '1', deviceId: 'pc-other', status: 'open', services: ['council-tax', 'housing'], skills, since: at(0), lastHlc: '' };
const signOn = (extra: object = {}) => ({
  type: 'signOn' as const,
  desk: '1',
  services: ['council-tax'],
  skills: { ...skills, bsl: false, languages: [] },
  ...extra,
});

describe('signing on at a desk', () => {
  it('names the PC the desk is open on, when it signed on with a name, and records this PC’s name on a sign-on', () => {
    const r = decideDesk({ ...open, pcName: 'Desk PC 2' }, signOn(), 0, HERE, at(30));
    expect(!r.ok && r.error.message).toMatch(/^Desk 1 is already open on Desk PC 2 since 09:00/);
    const mine = decideDesk(undefined, signOn({ pcName: 'Front desk' }), 0, HERE, at(30));
    expect(mine.ok && mine.value[0]!.payload).toMatchObject({ desk: '1', pcName: 'Front desk' });
  });

  it('refuses a desk open on another PC, saying since when and what it covers', () => {
    const r = decideDesk(open, signOn(), 0, HERE, at(30));
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'desk-open',
        message: 'Desk 1 is already open on another PC since 09:00, covering 2 services, with BSL, PL, RO. Choose another desk, or take this one over.',
      },
    });
  });

  it('takes it over when asked, with the new services and skills', () => {
    const r = decideDesk(open, signOn({ takeOver: true }), 0, HERE, at(30));
    expect(r.ok && r.value[0]!.payload).toEqual({ desk: '1', services: ['council-tax'], skills: { ...skills, bsl: false, languages: [] } });
  });

  it('on the same PC, lets the desk sign on again as it is (after a crash), but not with other skills', () => {
    const mine = { ...open, deviceId: HERE };
    expect(
      decideDesk(mine, { type: 'signOn', desk: '1', services: ['housing', 'council-tax'], skills: { ...skills, languages: ['ro', 'pl'] } }, 0, HERE, at(30)).ok,
    ).toBe(true);
    const other = decideDesk(mine, signOn(), 0, HERE, at(30));
    expect(!other.ok && other.error.message).toMatch(/^Desk 1 is already open on this PC since 09:00/);
  });

  it('does not stand in the way of today’s sign-on when the desk was left open on an earlier day', () => {
    expect(decideDesk(open, signOn(), 0, HERE, at(24 * 60)).ok).toBe(true);
    expect(decideDesk({ ...open, status: 'closed' }, signOn(), 0, HERE, at(30)).ok).toBe(true);
  });
});

describe('a sign-on that changes nothing, from the same PC', () => {
  const mine: DeskState = { ...open, deviceId: HERE, skills: { ...skills, hearingLoop: true, interpreterLine: true } };
  const asIs = { type: 'signOn' as const, desk: '1', services: ['housing', 'council-tax'], skills: { ...mine.skills, languages: ['ro', 'pl'] } };
  it.each([
    ['another PC', { ...asIs }, 'pc-elsewhere'],
    ['other services of the same number', { ...asIs, services: ['housing', 'benefits'] }, HERE],
    ['one service fewer', { ...asIs, services: ['housing'] }, HERE],
    ['without BSL', { ...asIs, skills: { ...asIs.skills, bsl: false } }, HERE],
    ['with an accessible desk', { ...asIs, skills: { ...asIs.skills, accessibleDesk: true } }, HERE],
    ['without the hearing loop', { ...asIs, skills: { ...asIs.skills, hearingLoop: false } }, HERE],
    ['without the interpreter line', { ...asIs, skills: { ...asIs.skills, interpreterLine: false } }, HERE],
    ['other languages of the same number', { ...asIs, skills: { ...asIs.skills, languages: ['ro', 'ur'] } }, HERE],
    ['one language fewer', { ...asIs, skills: { ...asIs.skills, languages: ['ro'] } }, HERE],
  ])('is refused with %s: an open desk’s routing never changes silently', (_what, cmd, by) => {
    const r = decideDesk(mine, cmd, 0, by, at(30));
    expect(!r.ok && r.error.code).toBe('desk-open');
  });
  it('is let through as it is, in any order of services and languages', () => {
    expect(decideDesk(mine, asIs, 0, HERE, at(30)).ok).toBe(true);
    const unsorted = { ...mine, services: ['housing', 'council-tax'], skills: { ...mine.skills, languages: ['ro', 'pl'] } };
    expect(
      decideDesk(unsorted, { ...asIs, services: ['council-tax', 'housing'], skills: { ...asIs.skills, languages: ['pl', 'ro'] } }, 0, HERE, at(30)).ok,
    ).toBe(true);
  });
  it('names one service, and no skills where the desk has none', () => {
    const plain = { ...open, services: ['housing'], skills: { bsl: false, accessibleDesk: false, languages: [], interpreterLine: false } };
    const r = decideDesk(plain, signOn(), 0, HERE, at(30));
    expect(!r.ok && r.error.message).toBe('Desk 1 is already open on another PC since 09:00, covering 1 service. Choose another desk, or take this one over.');
  });
  it('says a need added later only when the desk has it', () => {
    const r = decideDesk(mine, { ...asIs, skills: { ...asIs.skills, bsl: false } }, 0, HERE, at(30));
    expect(!r.ok && r.error.message).toBe(
      'Desk 1 is already open on this PC since 09:00, covering 2 services, with BSL, Hearing loop fitted, PL, RO, interpreter line. Choose another desk, or take this one over.',
    );
  });
});

describe('pausing, resuming and signing off', () => {
  const paused: DeskState = { ...open, status: 'paused' };
  const closed: DeskState = { ...open, status: 'closed' };
  it.each([
    ['sign on with no service', undefined, { ...signOn(), services: [] }, 0, 'no-services', 'Choose at least one service this desk covers.'],
    ['pause a desk not signed on', closed, { type: 'pause' as const, desk: '1' }, 0, 'desk-not-signed-on', 'Sign on at desk 1 first.'],
    ['pause a paused desk', paused, { type: 'pause' as const, desk: '1' }, 0, 'already-paused', 'Desk 1 is already paused.'],
    ['resume an open desk', open, { type: 'resume' as const, desk: '1' }, 0, 'not-paused', 'Desk 1 is not paused.'],
    ['resume a closed desk', closed, { type: 'resume' as const, desk: '1' }, 0, 'not-paused', 'Desk 1 is not paused.'],
    ['sign off a closed desk', closed, { type: 'signOff' as const, desk: '1' }, 0, 'desk-not-signed-on', 'Desk 1 is not signed on.'],
    [
      'sign off holding a customer',
      open,
      { type: 'signOff' as const, desk: '1' },
      1,
      'customer-in-hand',
      'Finish, transfer or return your current customer before signing off.',
    ],
  ])('refuses to %s, in words', (_what, state, cmd, holding, code, message) => {
    expect(decideDesk(state, cmd, holding, HERE, at(30))).toEqual({ ok: false, error: { code, message } });
  });
  it('pauses with or without a reason, resumes a paused desk, and signs off an open or paused one', () => {
    expect(decideDesk(open, { type: 'pause', desk: '1', reason: 'Lunch' }, 0)).toEqual({
      ok: true,
      value: [{ type: 'desk.paused', payload: { desk: '1', reason: 'Lunch' } }],
    });
    expect(decideDesk(open, { type: 'pause', desk: '1' }, 0)).toEqual({ ok: true, value: [{ type: 'desk.paused', payload: { desk: '1' } }] });
    expect(decideDesk(paused, { type: 'resume', desk: '1' }, 0)).toEqual({ ok: true, value: [{ type: 'desk.resumed', payload: { desk: '1' } }] });
    for (const s of [open, paused])
      expect(decideDesk(s, { type: 'signOff', desk: '1' }, 0)).toEqual({ ok: true, value: [{ type: 'desk.signedOff', payload: { desk: '1' } }] });
  });
});
