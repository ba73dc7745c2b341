import { useCallback, useEffect, useMemo, useState } from 'react';
import { serviceName } from '../../../../shared/config/site-config';
import { canServe, orderQueue } from '../../../../shared/queue/call-order';
import { formatDuration } from '../../../../shared/queue/bands';
import type { Command } from '../../../../shared/tickets/decide';
import { currentSegment, displayNumber } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { useDevice } from '../../app/useDevice';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { NeedsBadges } from '../../components/NeedsBadges';
import { QueueTable } from '../../components/QueueTable';
import { useDeskTicket, useDesks, useWaitingTickets } from '../../data/hooks';
import { callNext, deskCommand, ticketCommand } from '../../data/actions';
import { useNow } from '../../state/now';
import { useSession } from '../../state/session';
import { OutcomeForm } from './OutcomeForm';
import type { Completion } from './OutcomeForm';
import { SignOnForm } from './SignOnForm';
import { LostCalls } from './LostCalls';

type DeskAction = Exclude<Command, { type: 'issue' | 'call' | 'markLeft' | 'cancel' | 'complete' | 'transfer' }>['type'];

/**
 * An advisor's desk. Shortcuts (with Alt, so screen readers keep their
 * keys): Alt+N call next, Alt+S start serving, Alt+R recall, Alt+F finish.
 */
export function DeskScreen() {
  const desk = useSession((s) => s.desk);
  const desks = useDesks();
  const state = desks?.find((d) => d.desk === desk);
  if (!desks) return <p role="status">Loading…</p>;
  if (!desk || !state || state.status === 'closed') return <SignOnForm />;
  return <SignedOnDesk desk={desk} paused={state.status === 'paused'} />;
}

function SignedOnDesk({ desk, paused }: { desk: string; paused: boolean }) {
  const device = useDevice();
  const setDesk = useSession((s) => s.setDesk);
  const current = useDeskTicket(desk);
  const waiting = useWaitingTickets();
  const deskState = useDesks()?.find((d) => d.desk === desk);
  const [notice, setNotice] = useState<Notice>(null);
  const [finishing, setFinishing] = useState(false);
  const [outOfTurn, setOutOfTurn] = useState<Ticket | null>(null);
  const [transferTo, setTransferTo] = useState('');

  const mine = useMemo(() => (deskState ? orderQueue(waiting ?? []).filter((t) => canServe(deskState, t)) : []), [waiting, deskState]);

  const report = useCallback((r: { ok: true } | { ok: false; error: { message: string } }, done: string) => {
    setNotice(r.ok ? { kind: 'ok', text: done } : { kind: 'error', text: r.error.message });
    return r.ok;
  }, []);

  const next = useCallback(async () => {
    const r = await callNext(device, desk);
    if (r.ok) setNotice({ kind: 'ok', text: `Called ${displayNumber(r.value.number)} to desk ${desk}.` });
    else setNotice({ kind: 'error', text: r.error.message });
  }, [device, desk]);

  const act = useCallback(
    async (type: DeskAction, label: string) => {
      if (!current) return setNotice({ kind: 'error', text: 'There is no customer at this desk.' });
      report(await ticketCommand(device, { type, ticketId: current.id, desk } as Exclude<Command, { type: 'issue' }>), `${displayNumber(current.number)}: ${label}.`);
    },
    [current, device, desk, report],
  );

  async function finish(c: Completion) {
    if (!current) return;
    if (report(await ticketCommand(device, { type: 'complete', ticketId: current.id, desk, ...c }), `${displayNumber(current.number)} finished.`)) setFinishing(false);
  }

  async function transfer() {
    if (!current) return;
    if (!transferTo) return setNotice({ kind: 'error', text: 'Choose a service to transfer to.' });
    if (report(await ticketCommand(device, { type: 'transfer', ticketId: current.id, desk, toServiceId: transferTo }), `${displayNumber(current.number)} transferred; the customer keeps their ticket.`)) setTransferTo('');
  }

  async function callOutOfTurn(t: Ticket, reason: string) {
    const r = await ticketCommand(device, { type: 'call', ticketId: t.id, desk, ...(reason ? { outOfTurnReason: reason } : {}) });
    if (report(r, `Called ${displayNumber(t.number)} to desk ${desk}.`)) setOutOfTurn(null);
  }

  async function deskAction(type: 'pause' | 'resume' | 'signOff') {
    const r = await deskCommand(device, { type, desk } as Parameters<typeof deskCommand>[1]);
    if (report(r, type === 'pause' ? 'Desk paused.' : type === 'resume' ? 'Desk open.' : 'Signed off.') && type === 'signOff') setDesk(null);
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const key = e.key.toLowerCase();
      if (key === 'n') void next();
      else if (key === 's') void act('startServing', 'serving');
      else if (key === 'r') void act('recall', 'recalled');
      else if (key === 'f' && current?.status === 'serving') setFinishing(true);
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, act, current]);

  return (
    <div className="desk">
      <div className="desk-bar">
        <p>
          <strong>Desk {desk}</strong> · {paused ? 'Paused' : 'Open'} · {mine.length} waiting for you
        </p>
        <div className="actions">
          {paused ? <button onClick={() => void deskAction('resume')}>Resume</button> : <button onClick={() => void deskAction('pause')}>Pause</button>}
          <button onClick={() => void deskAction('signOff')}>Sign off</button>
        </div>
      </div>
      <p className="hint">Keys: Alt+N call next · Alt+S start serving · Alt+R recall · Alt+F finish</p>
      <Message notice={notice} />
      <LostCalls desk={desk} />
      <section className="current" aria-labelledby="current-heading">
        <h2 id="current-heading">Current customer</h2>
        {!current ? (
          <>
            <p>No customer at this desk.</p>
            <button className="primary big" onClick={() => void next()} disabled={paused} aria-keyshortcuts="Alt+N">
              Call next
            </button>
          </>
        ) : (
          <CurrentTicket ticket={current} serviceName={serviceName(device.config, currentSegment(current).serviceId)} />
        )}
        {current?.status === 'called' && (
          <div className="actions">
            <button className="primary" onClick={() => void act('startServing', 'serving')} aria-keyshortcuts="Alt+S">
              Start serving
            </button>
            <button onClick={() => void act('recall', 'recalled')} aria-keyshortcuts="Alt+R">
              Recall
            </button>
            <button onClick={() => void act('noShow', 'closed as no-show')}>No-show</button>
            <button onClick={() => void act('requeue', 'back in the queue')}>Return to queue</button>
          </div>
        )}
        {current?.status === 'serving' && !finishing && (
          <div className="actions">
            <button className="primary" onClick={() => setFinishing(true)} aria-keyshortcuts="Alt+F">
              Finish…
            </button>
            <label>
              Transfer to{' '}
              <select value={transferTo} onChange={(e) => setTransferTo(e.target.value)}>
                <option value="">Choose a service</option>
                {device.config.services
                  .filter((s) => s.active && s.id !== currentSegment(current).serviceId)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
              </select>
            </label>
            <button onClick={() => void transfer()}>Transfer</button>
          </div>
        )}
        {current?.status === 'serving' && finishing && <OutcomeForm config={device.config} onFinish={(c) => void finish(c)} onCancel={() => setFinishing(false)} />}
      </section>
      {outOfTurn && <OutOfTurnForm ticket={outOfTurn} isNext={mine[0]?.id === outOfTurn.id} onCall={(reason) => void callOutOfTurn(outOfTurn, reason)} onCancel={() => setOutOfTurn(null)} />}
      <QueueTable tickets={mine} config={device.config} caption={`Waiting for desk ${desk}, next first`} {...(current ? {} : { onCall: setOutOfTurn })} />
    </div>
  );
}

function CurrentTicket({ ticket, serviceName }: { ticket: Ticket; serviceName: string }) {
  const now = useNow(1000);
  const seg = currentSegment(ticket);
  const since = ticket.status === 'serving' ? seg.servingStartedAt! : seg.calls[seg.calls.length - 1]!.at;
  return (
    <div className="current-ticket">
      <p className="ticket-number" data-testid="desk-ticket">
        {displayNumber(ticket.number)}
      </p>
      <p>
        {serviceName} · {ticket.status === 'serving' ? 'being served' : 'called'} for {formatDuration(now - since)}
        {ticket.name ? ` · ${ticket.name}` : ''}
      </p>
      <NeedsBadges ticket={ticket} />
      {ticket.conflicts.length > 0 && (
        <p className="notice notice-warn" role="alert">
          {ticket.conflicts.map((c) => `${c.reason}${c.winnerDesk ? ` (desk ${c.winnerDesk} has the customer)` : ''}`).join('; ')}
        </p>
      )}
    </div>
  );
}

function OutOfTurnForm({ ticket, isNext, onCall, onCancel }: { ticket: Ticket; isNext: boolean; onCall: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="out-of-turn"
      onSubmit={(e) => {
        e.preventDefault();
        onCall(reason.trim());
      }}
    >
      {isNext ? (
        <p>{displayNumber(ticket.number)} is next in line.</p>
      ) : (
        <div className="field">
          <label htmlFor="oot-reason">Reason for calling {displayNumber(ticket.number)} out of turn</label>
          <input id="oot-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} autoFocus />
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Call {displayNumber(ticket.number)}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
