import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { parseEvent } from '../events/parse';
import { whyNoDesk } from '../estimates/no-desk';
import { nextTicketFor } from '../queue/call-order';
import { NO_SKILLS, at, must, newDeviceId } from '../testing/scenario';
import { SimDevice } from '../testing/sim-device';
import {
  FLAG_NEEDS,
  NO_NEEDS,
  NeedsSchema,
  canonicalNeeds,
  needBadges,
  needKeyLabel,
  needKeys,
  needWords,
  skillWords,
  skillsCover,
  withNeed,
  withSkill,
} from './needs';
import type { FlagNeed, Needs } from './needs';

const LOOP = FLAG_NEEDS.find((n) => n.need === 'hearingLoop')!;
const BSL = FLAG_NEEDS.find((n) => n.need === 'bsl')!;
const names = (code: string) => ({ pl: 'Polish' })[code] ?? code;
const needing = (...ns: FlagNeed[]): Needs => ns.reduce((acc, n) => withNeed(acc, n, true), NO_NEEDS);

describe('the needs module: each need once, read by the call order, the greeter, the desks and the figures', () => {
  it('gives every need its own field, skill and greeter key, none of them priority’s', () => {
    const keys = FLAG_NEEDS.map((n) => n.greeterKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('1');
    expect(new Set(FLAG_NEEDS.map((n) => n.need)).size).toBe(FLAG_NEEDS.length);
    expect(new Set(FLAG_NEEDS.map((n) => n.skill)).size).toBe(FLAG_NEEDS.length);
  });

  it('calls a customer who needs the hearing loop only to a desk that has one', () => {
    const pc = new SimDevice(newDeviceId(), 'test-site', { slot: 0, slots: 1 });
    const loop = must(pc.issue(at(0), '2026-11-23', 'housing', { needs: needing(LOOP) }));
    const plain = must(pc.issue(at(1), '2026-11-23', 'housing'));
    const without = { services: ['housing'], skills: NO_SKILLS };
    const withLoop = { services: ['housing'], skills: withSkill(NO_SKILLS, LOOP, true) };
    const queue = [...pc.tickets.values()];
    expect(nextTicketFor(without, queue)?.id).toBe(plain.id);
    expect(nextTicketFor(withLoop, queue)?.id).toBe(loop.id);
    expect(skillsCover(withSkill(NO_SKILLS, BSL, true), needing(LOOP))).toBe(false);
    expect(skillsCover(withSkill(withSkill(NO_SKILLS, BSL, true), LOOP, true), needing(LOOP, BSL))).toBe(true);
  });

  it('writes an event without the hearing loop exactly as before it existed, and reads events written before', () => {
    const pc = new SimDevice(newDeviceId(), 'test-site', { slot: 0, slots: 1 }, DEFAULT_SITE_CONFIG);
    must(pc.issue(at(0), '2026-11-23', 'housing', { needs: { ...NO_NEEDS, hearingLoop: false } }));
    must(pc.issue(at(1), '2026-11-23', 'housing', { needs: needing(LOOP) }));
    const issued = [...pc.log.values()].filter((e) => e.type === 'ticket.issued').map((e) => (e.payload as { needs: Needs }).needs);
    expect(issued).toEqual([
      { bsl: false, wheelchair: false, language: null },
      { bsl: false, wheelchair: false, hearingLoop: true, language: null },
    ]);
    expect(NeedsSchema.safeParse({ bsl: true, wheelchair: false, language: 'pl' }).success).toBe(true);
    expect(NeedsSchema.safeParse({ bsl: true, wheelchair: false, language: null, loop: true }).success).toBe(false);
    const old = [...pc.log.values()].find((e) => e.type === 'ticket.issued')!;
    expect(parseEvent(JSON.parse(JSON.stringify(old))).ok).toBe(true);
    expect(canonicalNeeds({ bsl: true, wheelchair: true, hearingLoop: false, language: null })).toEqual({ bsl: true, wheelchair: true, language: null });
  });

  it('puts the needs into words once: badges, sentences, a desk’s skills, and the figures by need', () => {
    const needs = { ...needing(BSL, LOOP), language: 'pl' };
    expect(needBadges(needs, names)).toEqual(['BSL', 'Hearing loop', 'Interpreter: Polish']);
    expect(needWords(needs, names)).toEqual(['BSL', 'a hearing loop', 'a Polish interpreter']);
    expect(skillWords({ ...withSkill(NO_SKILLS, LOOP, true), languages: ['pl'], interpreterLine: true })).toEqual([
      'Hearing loop fitted',
      'PL',
      'interpreter line',
    ]);
    expect(needKeys(needs)).toEqual(['bsl', 'hearingLoop', 'interpreter']);
    expect(needKeys(NO_NEEDS)).toEqual(['none']);
    expect(needKeys(needs).map(needKeyLabel)).toEqual(['BSL', 'Hearing loop', 'Interpreter (any language)']);
    // Without a language, no interpreter is said or counted; a key no longer known keeps its own name.
    expect(needWords(needing(BSL), names)).toEqual(['BSL']);
    expect(needBadges(needing(BSL), names)).toEqual(['BSL']);
    expect(needKeyLabel('none')).toBe('No need recorded');
    expect(needKeyLabel('guideDog')).toBe('guideDog');
  });

  it('says the greeter no open desk offers the hearing loop, rather than that no desk is open', () => {
    const desk = { desk: '1', deviceId: 'pc', status: 'open' as const, services: ['housing'], skills: withSkill(NO_SKILLS, BSL, true), since: 0, lastHlc: '' };
    expect(whyNoDesk('housing', 'Housing', needing(LOOP), [desk], names)).toBe('No open Housing desk offers a hearing loop');
    expect(whyNoDesk('housing', 'Housing', needing(LOOP, BSL), [desk], names)).toBe('No open Housing desk offers a hearing loop');
  });
});
