import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { serviceById } from '../../../../shared/config/site-config';
import { languageName } from '../../../../shared/config/languages';
import { NO_NEEDS } from '../../../../shared/events/schema';
import type { Needs } from '../../../../shared/events/schema';
import { hasNeed, needWords, withNeed } from '../../../../shared/needs/needs';
import { displayNumber } from '../../../../shared/tickets/state';
import { useDevice } from '../../app/useDevice';
import { useSettings } from '../../app/SettingsContext';
import { useTicketWaitToTell, useWaitToTell } from '../../app/useEstimates';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { useDayStatus, useDesks, useTicket, useToday, useTodaysTickets } from '../../data/hooks';
import { issueTicket, reopenDay } from '../../data/actions';
import { readTicket } from '../../data/queries';
import { ticketPrintJob } from '../../print/ticket';
import { useBridge } from '../../bridge/BridgeContext';
import { useNow } from '../../state/now';
import { useSession } from '../../state/session';
import { DayClosedBanner } from './DayClosedBanner';
import { LastTicket } from './LastTicket';
import { NeedsFieldset } from './NeedsFieldset';
import { useGreeterKeys } from './greeter-keys';
import type { NeedKey } from './greeter-keys';

/**
 * The greeter's screen. A service's letter, any need's number key, then
 * Enter: two keystrokes for a plain ticket, one more per need, from
 * wherever focus is. The result shows at the top, where it is always in
 * view. In the desktop app the ticket prints at once; in a browser, Print
 * opens the print dialog.
 */
export function ReceptionScreen() {
  const device = useDevice();
  const bridge = useBridge();
  const { settings } = useSettings();
  const services = device.config.services.filter((s) => s.active);
  const [serviceId, setServiceId] = useState<string>('');
  const [needs, setNeeds] = useState<Needs>(NO_NEEDS);
  const [priority, setPriority] = useState(false);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  // Each Enter issues a ticket with the choices made before it, in order, even if
  // the previous one is still being written: a fast greeter never loses one.
  const pending = useRef<Promise<void>>(Promise.resolve());
  const lastIssuedId = useSession((s) => s.lastIssuedId);
  const setLastIssued = useSession((s) => s.setLastIssued);
  const last = useTicket(lastIssuedId);
  const tickets = useTodaysTickets();
  const desks = useDesks();
  const today = useToday();
  const dayStatus = useDayStatus(today);
  const now = useNow(30_000);
  const waitToTell = useWaitToTell(tickets, desks, device.config, now);
  const ticketWaitToTell = useTicketWaitToTell(tickets, desks, device.config, now);
  // The service chosen, readable at once by an Enter pressed before React re-renders.
  const serviceIdRef = useRef('');
  function choose(id: string) {
    serviceIdRef.current = id;
    setServiceId(id);
  }

  function clear() {
    choose('');
    setNeeds(NO_NEEDS);
    setPriority(false);
    setName('');
  }

  function toggle(need: NeedKey) {
    if (need.kind === 'priority') setPriority((p) => !p);
    else if (need.kind === 'language') setNeeds((n) => ({ ...n, language: n.language === need.code ? null : need.code }));
    else setNeeds((n) => withNeed(n, need.need, !hasNeed(n, need.need)));
  }

  useGreeterKeys({
    letter: (letter) => {
      const service = services.find((s) => s.letter === letter);
      if (!service) return false;
      choose(service.id);
      return true;
    },
    need: toggle,
    issue: () => issue(),
    clear,
  });

  async function print(ticketId: string) {
    const t = await readTicket(ticketId);
    if (!t) return;
    const serviceId = t.segments[0]!.serviceId;
    const told = t.id === lastIssuedId && t.status === 'waiting' ? ticketWaitToTell(t) : 'You keep your place in the queue';
    const r = await bridge.print(ticketPrintJob(t, serviceById(device.config, serviceId)?.name ?? '', settings.siteName, told));
    if (!r.ok) setNotice({ kind: 'error', text: `Ticket ${displayNumber(t.number)} was issued but not printed: ${r.error.message}` });
  }

  function issue(e?: FormEvent) {
    e?.preventDefault();
    const chosen = serviceIdRef.current;
    if (!chosen) {
      setNotice({ kind: 'error', text: 'Choose the service the customer needs (press its letter).' });
      return;
    }
    const input = { serviceId: chosen, needs, priority, ...(name.trim() ? { name: name.trim() } : {}) };
    clear();
    pending.current = pending.current.then(async () => {
      try {
        const r = await issueTicket(device, input);
        if (!r.ok) {
          setNotice({ kind: 'error', text: r.error.message });
          return;
        }
        setLastIssued(r.value.id);
        setNotice({ kind: 'ok', text: `Ticket ${displayNumber(r.value.number)} issued${issuedWith(input.needs, input.priority)}.` });
        if (bridge.host === 'electron') await print(r.value.id);
      } catch (err) {
        setNotice({ kind: 'error', text: `Not issued: ${err instanceof Error ? err.message : String(err)}` });
      }
    });
  }

  async function reopen() {
    const r = await reopenDay(device, today);
    setNotice(r.ok ? { kind: 'ok', text: 'Day reopened: tickets can be issued again.' } : { kind: 'error', text: r.error.message });
  }

  const chosenService = serviceById(device.config, serviceId);
  return (
    <div className="reception">
      <form className="issue-form" onSubmit={issue} aria-describedby="issue-help">
        <p id="issue-help" className="hint">
          Press a service’s letter, a number key for each need, then Enter. Esc clears.
        </p>
        <Message notice={notice} />
        <DayClosedBanner status={dayStatus} onReopen={() => void reopen()} />
        <fieldset className="services">
          <legend>Service</legend>
          <div className="service-grid">
            {services.map((s) => (
              <label key={s.id} className={`service-option${serviceId === s.id ? ' selected' : ''}`}>
                <input type="radio" name="service" value={s.id} checked={serviceId === s.id} onChange={() => choose(s.id)} aria-keyshortcuts={s.letter} />
                <span className="letter" aria-hidden="true">
                  {s.letter}
                </span>
                <span className="service-name">{s.name}</span>
                <span className="service-wait">{waitToTell(s.id, needs, priority)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <NeedsFieldset needs={needs} priority={priority} name={name} onNeeds={setNeeds} onPriority={setPriority} onName={setName} />
        <p className="next-ticket" data-testid="next-ticket">
          Next ticket: {chosenService ? chosenService.name : 'no service chosen'}
          {issuedWith(needs, priority)}
        </p>
        <div className="actions">
          <button type="submit" className="primary big">
            Issue ticket
          </button>
          <button type="button" onClick={clear}>
            Clear choices (Esc)
          </button>
        </div>
      </form>
      <LastTicket
        last={last}
        today={tickets ?? []}
        config={device.config}
        waitTold={last && last.status === 'waiting' ? ticketWaitToTell(last) : undefined}
        printLabel={bridge.host === 'electron' ? 'Reprint' : 'Print'}
        onPrint={(id) => void print(id)}
      />
    </div>
  );
}

/** " (priority, BSL, a Polish interpreter)": what was chosen beside the service, so the greeter sees it before and after. */
function issuedWith(needs: Needs, priority: boolean): string {
  const parts = [...(priority ? ['priority'] : []), ...needWords(needs, languageName)];
  return parts.length ? ` (${parts.join(', ')})` : '';
}
