import { useCallback, useMemo, useRef, useState } from 'react';
import type { Command } from '../../../../shared/tickets/decide';
import { displayNumber } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { useDevice } from '../../app/useDevice';
import type { Notice } from '../../components/Message';
import { callNext, deskCommand, ticketCommand } from '../../data/actions';
import type { ClaimCall } from '../../data/actions';
import { passedNotice } from '../../../../shared/queue/claims';
import { useEndpoint } from '../../sync/public';
import { useSyncStatus } from '../../state/sync-status';
import type { Completion } from './OutcomeForm';

export type DeskAction = Exclude<Command, { type: 'issue' | 'call' | 'markLeft' | 'cancel' | 'complete' | 'transfer' }>['type'];

/**
 * What an advisor can do at a desk, each as one command, with the notice
 * that says how it went. Each action resolves true when it was recorded,
 * so the screen can close a form only then.
 */
export function useDeskActions(desk: string, current: Ticket | undefined) {
  const device = useDevice();
  const [notice, setNotice] = useState<Notice>(null);

  const report = useCallback((r: { ok: true } | { ok: false; error: { message: string } }, done: string) => {
    setNotice(r.ok ? { kind: 'ok', text: done } : { kind: 'error', text: r.error.message });
    return r.ok;
  }, []);
  const refuse = useCallback((text: string) => {
    setNotice({ kind: 'error', text });
    return false;
  }, []);
  const onCurrent = useCallback(
    async (cmd: (t: Ticket) => Exclude<Command, { type: 'issue' }>, done: (t: Ticket) => string) =>
      current ? report(await ticketCommand(device, cmd(current)), done(current)) : refuse('There is no customer at this desk.'),
    [current, device, report, refuse],
  );

  const claim = useClaim();
  const pressing = useRef(false);
  /** Calls the next customer; `before` says why when the PC presses by itself (a lost call replaced). */
  const next = useCallback(
    async (before?: string) => {
      // A second press while the first is still asking the endpoint is the same press.
      if (pressing.current) return false;
      pressing.current = true;
      const why = before ? `${before} ` : '';
      try {
        const r = await callNext(device, desk, claim);
        if (!r.ok) return report({ ok: false, error: { message: `${why}${r.error.message}` } }, '');
        const passed = r.value.passedOver.length ? ` ${passedNotice(r.value.passedOver)}` : '';
        return report(r, `${why}Called ${displayNumber(r.value.ticket.number)} to desk ${desk}.${passed}`);
      } finally {
        pressing.current = false;
      }
    },
    [device, desk, report, claim],
  );

  const act = useCallback(
    (type: DeskAction, label: string) =>
      onCurrent(
        (t) => ({ type, ticketId: t.id, desk }) as Exclude<Command, { type: 'issue' }>,
        (t) => `${displayNumber(t.number)}: ${label}.`,
      ),
    [onCurrent, desk],
  );

  /** The customer called went away before reaching the desk (they left the building): not a no-show's "did not come". */
  const left = () =>
    onCurrent(
      (t) => ({ type: 'markLeft', ticketId: t.id, ...(device.deviceName ? { recordedOn: device.deviceName } : {}) }),
      (t) => `${displayNumber(t.number)} left without being seen.`,
    );

  const finish = (c: Completion) =>
    onCurrent(
      (t) => ({ type: 'complete', ticketId: t.id, desk, ...c }),
      (t) => `${displayNumber(t.number)} finished.`,
    );

  const transfer = (toServiceId: string, note = '') =>
    toServiceId
      ? onCurrent(
          (t) => ({ type: 'transfer', ticketId: t.id, desk, toServiceId, ...(note.trim() ? { note: note.trim() } : {}) }),
          (t) => `${displayNumber(t.number)} transferred; the customer keeps their ticket.`,
        )
      : Promise.resolve(refuse('Choose a service to transfer to.'));

  const callOutOfTurn = async (t: Ticket, reason: string) =>
    report(
      await ticketCommand(device, { type: 'call', ticketId: t.id, desk, ...(reason ? { outOfTurnReason: reason } : {}) }),
      `Called ${displayNumber(t.number)} to desk ${desk}.`,
    );

  const deskAction = async (type: 'pause' | 'resume' | 'signOff', reason?: string) =>
    report(
      await deskCommand(device, type === 'pause' && reason ? { type, desk, reason } : { type, desk }),
      type === 'pause' ? `Desk paused${reason ? `: ${reason}` : ''}.` : type === 'resume' ? 'Desk open.' : 'Signed off.',
    );

  return { notice, next, act, left, finish, transfer, callOutOfTurn, deskAction };
}

/**
 * The endpoint's claim (shared/queue/claims.ts) while this PC can reach it; nothing while it is
 * offline or practising, so a press never waits on an endpoint that is known to be away.
 */
function useClaim(): ClaimCall | undefined {
  const { api } = useEndpoint();
  const offline = useSyncStatus((s) => s.status?.state !== 'online');
  return useMemo(() => (api && !offline ? (ticket, wait, desk) => api.claim(ticket.id, wait, desk) : undefined), [api, offline]);
}
