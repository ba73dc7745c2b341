import { err, ok } from '../core/result';
import type { Result } from '../core/result';
import type { Skills } from '../events/schema';
import type { DomainError, Draft } from '../tickets/decide';
import type { DeskState } from './desk';
import { londonClock, londonDay } from '../calendar/london';
import { FLAG_NEEDS, canonicalSkills, hasSkill, skillWords } from '../needs/needs';

export type DeskCommand =
  /** `takeOver`: sign on at a desk that is open already, replacing its services and skills, knowingly. */
  | { type: 'signOn'; desk: string; services: string[]; skills: Skills; takeOver?: boolean; pcName?: string }
  | { type: 'pause'; desk: string; reason?: string }
  | { type: 'resume'; desk: string }
  | { type: 'signOff'; desk: string };

/**
 * @param holding tickets this desk has called or is serving: it cannot sign
 *   off with a customer in hand.
 */
/**
 * @param byDeviceId the PC asking, to say whether an open desk is open here or elsewhere.
 * @param now when, so a desk left open on an earlier day is not in the way of today's sign-on.
 */
export function decideDesk(state: DeskState | undefined, cmd: DeskCommand, holding: number, byDeviceId?: string, now?: number): Result<Draft[], DomainError> {
  const open = state && state.status !== 'closed';
  switch (cmd.type) {
    case 'signOn':
      if (cmd.services.length === 0) return err({ code: 'no-services', message: 'Choose at least one service this desk covers.' });
      // Never change an open desk's services and skills silently: its customers are routed by them.
      if (open && !cmd.takeOver && !(now !== undefined && londonDay(state.since) < londonDay(now)) && !rejoin(state, cmd, byDeviceId))
        return err({ code: 'desk-open', message: deskOpenMessage(state, byDeviceId) });
      return ok([
        {
          type: 'desk.signedOn',
          payload: { desk: cmd.desk, services: cmd.services, skills: canonicalSkills(cmd.skills), ...(cmd.pcName ? { pcName: cmd.pcName } : {}) },
        },
      ]);
    case 'pause':
      if (!open) return err({ code: 'desk-not-signed-on', message: `Sign on at desk ${cmd.desk} first.` });
      if (state.status === 'paused') return err({ code: 'already-paused', message: `Desk ${cmd.desk} is already paused.` });
      return ok([{ type: 'desk.paused', payload: { desk: cmd.desk, ...(cmd.reason ? { reason: cmd.reason } : {}) } }]);
    case 'resume':
      if (!open || state.status !== 'paused') return err({ code: 'not-paused', message: `Desk ${cmd.desk} is not paused.` });
      return ok([{ type: 'desk.resumed', payload: { desk: cmd.desk } }]);
    case 'signOff':
      if (!open) return err({ code: 'desk-not-signed-on', message: `Desk ${cmd.desk} is not signed on.` });
      if (holding > 0) return err({ code: 'customer-in-hand', message: 'Finish, transfer or return your current customer before signing off.' });
      return ok([{ type: 'desk.signedOff', payload: { desk: cmd.desk } }]);
  }
}

/** Why a sign-on is refused: the desk is open, where, since when, and covering what. */
function deskOpenMessage(state: DeskState, byDeviceId: string | undefined): string {
  const where = byDeviceId === state.deviceId ? 'on this PC' : state.pcName ? `on ${state.pcName}` : 'on another PC';
  const skills = skillWords(state.skills);
  const covering = `${state.services.length} service${state.services.length === 1 ? '' : 's'}${skills.length ? `, with ${skills.join(', ')}` : ''}`;
  return `Desk ${state.desk} is already ${state.status === 'paused' ? 'open (paused)' : 'open'} ${where} since ${londonClock(state.since)}, covering ${covering}. Choose another desk, or take this one over.`;
}

/** The same PC signing on again as the desk already is (a window reopened after a crash): nothing changes, so nothing to ask. */
function rejoin(state: DeskState, cmd: Extract<DeskCommand, { type: 'signOn' }>, byDeviceId: string | undefined): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  const k = (x: typeof cmd.skills) => [...FLAG_NEEDS.map((n) => hasSkill(x, n)), x.interpreterLine].join();
  return (
    byDeviceId === state.deviceId &&
    same(state.services, cmd.services) &&
    k(state.skills) === k(cmd.skills) &&
    same(state.skills.languages, cmd.skills.languages)
  );
}
