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
