import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import type { Command } from '../tickets/decide';
import type { Ticket } from '../tickets/state';
import { ALL_SKILLS, DAY, OPEN } from './scenario';
import { SimDevice } from './sim-device';

/**
 * A random morning across N PCs of one site, for property tests: each step
 * picks a PC and an action; PCs go offline and online at random, and their
 * clocks are offset by up to ±2 minutes. While online, a PC exchanges its
 * log with every other online PC (as the endpoint would relay it).
 */
export type Step = { device: number; action: number; pick: number; online: boolean; advanceSec: number };

export function runRandomDay(deviceCount: number, steps: readonly Step[], clockOffsetsSec: readonly number[]): SimDevice[] {
  const services = DEFAULT_SITE_CONFIG.services.slice(0, 3).map((s) => s.id);
  const pcs = Array.from({ length: deviceCount }, (_, i) => {
    const pc = new SimDevice(
      `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
      'prop-site',
      { slot: i, slots: deviceCount },
      { ...DEFAULT_SITE_CONFIG, issuingSlots: deviceCount },
      i + 1,
    );
    pc.desk(OPEN, { type: 'signOn', desk: String(i + 1), services, skills: ALL_SKILLS });
    return pc;
  });
  const online = pcs.map(() => true);
  let now = OPEN;
  const exchange = () => {
    const all = pcs.filter((_, i) => online[i]).flatMap((pc) => [...pc.log.values()]);
    pcs.forEach((pc, i) => online[i] && pc.merge(all, now + (clockOffsetsSec[i] ?? 0) * 1000));
  };
  exchange();
  for (const step of steps) {
    now += step.advanceSec * 1000;
    const i = step.device % deviceCount;
    const pc = pcs[i]!;
    const local = now + (clockOffsetsSec[i] ?? 0) * 1000;
    online[i] = step.online;
    const desk = String(i + 1);
    const mine = [...pc.tickets.values()].find((t) => t.desk === desk && (t.status === 'called' || t.status === 'serving'));
    const waiting = [...pc.tickets.values()].filter((t) => t.status === 'waiting');
    const pickFrom = <T>(xs: T[]) => xs[step.pick % xs.length];
    const cmd = chooseCommand(step.action % 8, desk, mine, pickFrom(waiting), services[step.pick % services.length]!);
    if (cmd === 'issue') pc.issue(local, DAY, services[step.pick % services.length]!);
    else if (cmd) pc.run(local, cmd);
    if (online[i]) exchange();
  }
  online.fill(true);
  exchange();
  return pcs;
}

function chooseCommand(
  action: number,
  desk: string,
  mine: Ticket | undefined,
  waiting: Ticket | undefined,
  service: string,
): Exclude<Command, { type: 'issue' }> | 'issue' | null {
  if (action <= 2) return 'issue';
  if (!mine) return waiting ? { type: 'call', ticketId: waiting.id, desk, outOfTurnReason: 'property test' } : action === 7 ? null : 'issue';
  if (mine.status === 'called') {
    if (action === 3) return { type: 'noShow', ticketId: mine.id, desk };
    if (action === 4) return { type: 'recall', ticketId: mine.id, desk };
    if (action === 5) return { type: 'requeue', ticketId: mine.id, desk };
    return { type: 'startServing', ticketId: mine.id, desk };
  }
  if (action === 3) return { type: 'transfer', ticketId: mine.id, desk, toServiceId: service };
  return {
    type: 'complete',
    ticketId: mine.id,
    desk,
    outcome: action === 4 ? 'referred' : 'resolved',
    avoidable: action === 5 ? { reasonId: 'progress-chasing' } : null,
    complaint: null,
  };
}
