import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../events/schema';
import { NO_SKILLS } from '../testing/scenario';
import { applyDeskEvent, foldDesks } from './desk';

/** A desk event as the fold reads it; `n` orders them by clock stamp. */
function ev(n: number, type: DeskEvent['type'], extra: Record<string, unknown> = {}): DeskEvent {
  const payload = type === 'desk.signedOn' ? { desk: '1', services: ['council-tax'], skills: NO_SKILLS, ...extra } : { desk: '1', ...extra };
  return {
    id: `e${n}`,
    type,
    siteId: 's',
    deviceId: 'pc-a',
    deviceSeq: n,
    hlc: `${String(1_000 + n).padStart(15, '0')}-00000-pc-a`,
    at: 1_000 + n,
    v: 1,
    payload,
  } as DeskEvent;
}

describe('a desk’s session, event by event', () => {
  const open = applyDeskEvent(undefined, ev(1, 'desk.signedOn', { pcName: 'Front desk' }))!;

  it('signs on open, with its services, skills and PC', () => {
    expect(open).toMatchObject({ desk: '1', deviceId: 'pc-a', status: 'open', services: ['council-tax'], since: 1_001, pcName: 'Front desk' });
  });

  it('pauses only an open desk, with the reason; resumes only a paused one, forgetting it', () => {
    const paused = applyDeskEvent(open, ev(2, 'desk.paused', { reason: 'Lunch' }))!;
    expect(paused).toMatchObject({ status: 'paused', since: 1_002, pauseReason: 'Lunch' });
    expect(applyDeskEvent(paused, ev(3, 'desk.paused', { reason: 'Again' }))).toBe(paused);
    const resumed = applyDeskEvent(paused, ev(4, 'desk.resumed'))!;
    expect(resumed).toMatchObject({ status: 'open', since: 1_004 });
    expect(resumed.pauseReason).toBeUndefined();
    expect(applyDeskEvent(open, ev(5, 'desk.resumed'))).toBe(open);
    const closed = applyDeskEvent(open, ev(6, 'desk.signedOff'))!;
    expect(applyDeskEvent(closed, ev(7, 'desk.paused'))).toBe(closed);
    expect(applyDeskEvent(closed, ev(8, 'desk.resumed'))).toBe(closed);
  });

  it('ignores a pause, a resume or a sign-off for a desk never signed on', () => {
    for (const type of ['desk.paused', 'desk.resumed', 'desk.signedOff'] as const) expect(applyDeskEvent(undefined, ev(2, type))).toBeUndefined();
  });

  it('signs off to closed, whatever it was doing', () => {
    expect(applyDeskEvent(open, ev(2, 'desk.signedOff'))).toMatchObject({ status: 'closed', since: 1_002 });
  });
});

describe('folding a desk’s events', () => {
  it('reads them in clock order, whatever order they arrived in, and leaves the list as it was', () => {
    const events = [ev(3, 'desk.resumed'), ev(1, 'desk.signedOn'), ev(2, 'desk.paused', { reason: 'Training' })];
    const before = events.map((e) => e.id);
    expect(foldDesks(events).get('1')).toMatchObject({ status: 'open', since: 1_003 });
    expect(events.map((e) => e.id)).toEqual(before);
    expect(foldDesks([ev(2, 'desk.paused'), ev(1, 'desk.signedOn')]).get('1')).toMatchObject({ status: 'paused' });
  });

  it('holds no desk that was never signed on', () => {
    expect(foldDesks([ev(1, 'desk.paused'), ev(2, 'desk.signedOff')]).size).toBe(0);
  });
});
