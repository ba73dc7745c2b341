import { err, ok } from '../core/result';
import type { Result } from '../core/result';
import type { Skills } from '../events/schema';
import type { DomainError, Draft } from '../tickets/decide';
import type { DeskState } from './desk';

export type DeskCommand =
  | { type: 'signOn'; desk: string; services: string[]; skills: Skills }
  | { type: 'pause'; desk: string; reason?: string }
  | { type: 'resume'; desk: string }
  | { type: 'signOff'; desk: string };

/**
 * @param holding tickets this desk has called or is serving: it cannot sign
 *   off with a customer in hand.
 */
export function decideDesk(state: DeskState | undefined, cmd: DeskCommand, holding: number): Result<Draft[], DomainError> {
  const open = state && state.status !== 'closed';
  switch (cmd.type) {
    case 'signOn':
      if (cmd.services.length === 0) return err({ code: 'no-services', message: 'Choose at least one service this desk covers.' });
      return ok([{ type: 'desk.signedOn', payload: { desk: cmd.desk, services: cmd.services, skills: cmd.skills } }]);
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
