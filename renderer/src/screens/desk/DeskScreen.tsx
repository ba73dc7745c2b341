import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { serviceName } from '../../../../shared/config/site-config';
import { canServe, orderQueue } from '../../../../shared/queue/call-order';
import { currentSegment } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { useDevice } from '../../app/useDevice';
import { useSettings } from '../../app/SettingsContext';
import { Message } from '../../components/Message';
import { QueueTable } from '../../components/QueueTable';
import { CloseTicketForm } from '../../components/CloseTicketForm';
import { useDeskTicket, useDesks, useWaitingTickets } from '../../data/hooks';
import { useSession } from '../../state/session';
import { OutcomeForm } from './OutcomeForm';
import { forgetOutcomeDraft, readOutcomeDraft } from './outcome-draft';
import { SignOnForm } from './SignOnForm';
import { LostCalls } from './LostCalls';
import { LastFeedback } from './LastFeedback';
import { useBridge } from '../../bridge/BridgeContext';
import { CurrentTicket } from './CurrentTicket';
import { DeskBar } from './DeskBar';
import { TransferControls } from './TransferControls';
import { OutOfTurnForm } from './OutOfTurnForm';
import { useDeskActions } from './useDeskActions';

/**
 * An advisor's desk. Shortcuts (with Alt, so screen readers keep their
 * keys): Alt+N call next, Alt+S start serving, Alt+R recall, Alt+F finish.
 */
export function DeskScreen() {
  const desk = useSession((s) => s.desk);
  const setDesk = useSession((s) => s.setDesk);
  const desks = useDesks();
  const { settings } = useSettings();
  const { deviceId } = useDevice();
  const state = desks?.find((d) => d.desk === desk);
  // A desk PC restarted (or its window reopened): the desk in its Settings is still open, by this
  // PC, so the advisor carries on where they were rather than signing on or taking over their own desk.
  const resume = !desk && settings.desk ? desks?.find((d) => d.desk === settings.desk && d.status !== 'closed' && d.deviceId === deviceId) : undefined;
  useEffect(() => {
    if (resume) setDesk(resume.desk);
  }, [resume, setDesk]);
  if (!desks) return <p role="status">Loading…</p>;
  if (!desk || !state || state.status === 'closed') return <SignOnForm desks={desks} />;
  return <SignedOnDesk desk={desk} paused={state.status === 'paused'} />;
}

function SignedOnDesk({ desk, paused }: { desk: string; paused: boolean }) {
  const device = useDevice();
  const bridge = useBridge();
  const setDesk = useSession((s) => s.setDesk);
  const current = useDeskTicket(desk);
  const waiting = useWaitingTickets();
  const deskState = useDesks()?.find((d) => d.desk === desk);
  // A half-filled outcome survives a reload: the form opens again with what was entered.
  const [formFor, setFormFor] = useState<{ ticketId: string; open: boolean } | null>(null);
  const finishing = current?.status === 'serving' && (formFor?.ticketId === current.id ? formFor.open : readOutcomeDraft(current.id) !== null);
  const setFinishing = useCallback((open: boolean) => current && setFormFor({ ticketId: current.id, open }), [current]);
  const callNextButton = useRef<HTMLButtonElement>(null);
  const justFinished = useRef(false);
  useEffect(() => {
    // After finishing, focus goes to Call next, not to the page body.
    if (!current && justFinished.current) {
      justFinished.current = false;
      callNextButton.current?.focus();
    }
  }, [current]);
  const [outOfTurn, setOutOfTurn] = useState<Ticket | null>(null);
  const [closing, setClosing] = useState<Ticket | null>(null);
  const { notice, next, act, left, finish, transfer, callOutOfTurn, deskAction } = useDeskActions(desk, current);

  const mine = useMemo(() => (deskState ? orderQueue(waiting ?? []).filter((t) => canServe(deskState, t)) : []), [waiting, deskState]);

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
  }, [next, act, current, setFinishing]);

  return (
    <div className="desk">
      <DeskBar
        desk={desk}
        paused={paused}
        pauseReason={deskState?.pauseReason}
        waitingForYou={mine.length}
        onPause={(reason) => void deskAction('pause', reason)}
        onResume={() => void deskAction('resume')}
        onSignOff={() => void deskAction('signOff').then((ok) => ok && setDesk(null))}
      />
      <p className="hint">Keys: Alt+N call next · Alt+S start serving · Alt+R recall · Alt+F finish</p>
      <Message notice={notice} />
      <LostCalls desk={desk} callNextInstead={next} />
      <section className="current" aria-labelledby="current-heading">
        <h2 id="current-heading">Current customer</h2>
        {!current ? (
          <>
            <p>No customer at this desk.</p>
            <LastFeedback desk={desk} />
            <button ref={callNextButton} className="primary big" onClick={() => void next()} disabled={paused} aria-keyshortcuts="Alt+N">
              Call next
            </button>
          </>
        ) : (
          <CurrentTicket ticket={current} desk={desk} serviceName={serviceName(device.config, currentSegment(current).serviceId)} />
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
            <button onClick={() => void left()}>Left without being seen</button>
            <button onClick={() => void act('requeue', 'back in the queue')}>Return to queue</button>
          </div>
        )}
        {current?.status === 'serving' && !finishing && (
          <div className="actions">
            <button className="primary" onClick={() => setFinishing(true)} aria-keyshortcuts="Alt+F">
              Finish…
            </button>
            <TransferControls config={device.config} fromServiceId={currentSegment(current).serviceId} onTransfer={transfer} />
          </div>
        )}
        {current?.status === 'serving' && finishing && (
          <OutcomeForm
            ticketId={current.id}
            config={device.config}
            onFinish={(c) =>
              void finish(c).then((ok) => {
                if (!ok) return;
                forgetOutcomeDraft();
                justFinished.current = true;
                setFinishing(false);
              })
            }
            onCancel={() => setFinishing(false)}
          />
        )}
      </section>
      {outOfTurn && (
        <OutOfTurnForm
          ticket={outOfTurn}
          isNext={mine[0]?.id === outOfTurn.id}
          onCall={(reason) => void callOutOfTurn(outOfTurn, reason).then((ok) => ok && setOutOfTurn(null))}
          onCancel={() => setOutOfTurn(null)}
        />
      )}
      {closing && <CloseTicketForm ticket={closing} onDone={() => setClosing(null)} />}
      <QueueTable
        tickets={mine}
        config={device.config}
        caption={`Waiting for desk ${desk}, next first`}
        onClose={setClosing}
        {...(current ? {} : { onCall: setOutOfTurn })}
      />
      <p>
        <button type="button" onClick={() => void bridge.openPublicScreen('feedback')}>
          Open the customer feedback screen
        </button>{' '}
        <span className="hint">On a monitor or tablet turned to the customer: it asks how the visit was when you finish.</span>
      </p>
    </div>
  );
}
