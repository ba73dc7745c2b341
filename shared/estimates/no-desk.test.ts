import { describe, expect, it } from 'vitest';
import type { DeskState } from '../desks/desk';
import { NO_NEEDS } from '../events/schema';
import type { Skills } from '../events/schema';
import { whyNoDesk } from './no-desk';

const NO_SKILLS: Skills = { bsl: false, accessibleDesk: false, languages: [], interpreterLine: false };
const desk = (n: string, services: string[], skills: Partial<Skills> = {}, status: DeskState['status'] = 'open'): DeskState => ({
  desk: n,
  deviceId: 'pc',
  status,
  services,
  skills: { ...NO_SKILLS, ...skills },
  since: 0,
  lastHlc: '',
});
const names = (code: string) => ({ pl: 'Polish', ur: 'Urdu' })[code] ?? code;
const why = (needs: Partial<typeof NO_NEEDS>, desks: DeskState[]) => whyNoDesk('housing', 'Housing', { ...NO_NEEDS, ...needs }, desks, names);

describe('why no wait can be told', () => {
  it('says no desk is open, or that every desk is paused', () => {
    expect(why({}, [])).toBe('No desk is open yet');
    expect(why({}, [desk('1', ['housing'], {}, 'closed')])).toBe('No desk is open yet');
    expect(why({}, [desk('1', ['housing'], {}, 'paused'), desk('2', ['housing'], {}, 'closed')])).toBe('Every desk is paused');
  });

  it('names the service no open desk covers', () => {
    expect(why({}, [desk('1', ['council-tax']), desk('2', ['housing'], {}, 'paused')])).toBe('No open desk covers Housing');
  });

  it('names the need no desk of that service meets, not the service', () => {
    const desks = [desk('1', ['housing'], { languages: ['ur'] }), desk('2', ['council-tax'], { bsl: true })];
    expect(why({ bsl: true }, desks)).toBe('No open Housing desk offers BSL');
    expect(why({ language: 'pl' }, desks)).toBe('No open Housing desk offers a Polish interpreter');
    expect(why({ wheelchair: true, bsl: true, language: 'pl' }, desks)).toBe('No open Housing desk offers BSL, wheelchair access and a Polish interpreter');
    expect(why({ language: 'ur', bsl: true }, desks)).toBe('No open Housing desk offers BSL');
  });

  it('counts an interpreter line as covering any language', () => {
    expect(why({ language: 'pl', bsl: true }, [desk('1', ['housing'], { interpreterLine: true })])).toBe('No open Housing desk offers BSL');
  });

  it('says when each need is met at some desk but none meets them all', () => {
    const desks = [desk('1', ['housing'], { bsl: true }), desk('2', ['housing'], { accessibleDesk: true })];
    expect(why({ bsl: true, wheelchair: true }, desks)).toBe('No open Housing desk offers all of this customer’s needs at once');
  });

  it('gives a plain reason when a desk could take the customer after all', () => {
    expect(why({}, [desk('1', ['housing'])])).toBe('No open desk can take this customer yet');
    expect(why({ bsl: true }, [desk('1', ['housing']), desk('2', ['housing'], { bsl: true })])).toBe('No open desk can take this customer yet');
  });

  it('counts a language as met when any one desk of the service speaks it', () => {
    const desks = [desk('1', ['housing']), desk('2', ['housing'], { languages: ['pl'] })];
    expect(why({ language: 'pl', bsl: true }, desks)).toBe('No open Housing desk offers BSL');
  });
});
