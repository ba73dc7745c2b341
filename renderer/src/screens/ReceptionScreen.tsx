import { useEffect, useRef, useState } from 'react';
import { cleanText } from '../../../shared/events/text';
import type { FormEvent, KeyboardEvent } from 'react';
import { serviceById } from '../../../shared/config/site-config';
import { NO_NEEDS } from '../../../shared/events/schema';
import type { Needs } from '../../../shared/events/schema';
import { displayNumber } from '../../../shared/tickets/state';
import { useDevice } from '../app/useDevice';
import { useSettings } from '../app/SettingsContext';
import { useExpectedWait } from '../app/useEstimates';
import { Message } from '../components/Message';
import type { Notice } from '../components/Message';
import { LANGUAGE_OPTIONS } from '../components/NeedsBadges';
import { useDesks, useTicket, useTodaysTickets } from '../data/hooks';
import { issueTicket } from '../data/actions';
import { readTicket } from '../data/queries';
import { expectedWaitText, ticketPrintJob } from '../print/ticket';
import { useBridge } from '../bridge/BridgeContext';
import { useNow } from '../state/now';
import { useSession } from '../state/session';

/**
 * The greeter's screen. Fastest path: press the service's letter, then
 * Enter (two keystrokes). Needs and a name are optional. In the desktop app
 * the ticket prints at once; in a browser, Print opens the print dialog.
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
  const now = useNow(30_000);
  const expected = useExpectedWait(tickets, desks, device.config, now);
  const radios = useRef(new Map<string, HTMLInputElement>());

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    const target = e.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text') return;
    if (target.tagName === 'SELECT' || e.altKey || e.ctrlKey || e.metaKey || e.key.length !== 1) return;
    const service = services.find((s) => s.letter === e.key.toUpperCase());
    if (service) {
      e.preventDefault();
      setServiceId(service.id);
      radios.current.get(service.id)?.focus();
    }
  }

  async function print(ticketId: string) {
    const t = await readTicket(ticketId);
    if (!t) return;
    const service = serviceById(device.config, t.segments[0]!.serviceId);
    const r = await bridge.print(ticketPrintJob(t, service?.name ?? '', settings.siteName, expected(t.segments[0]!.serviceId, t.needs, t.priority)));
    if (!r.ok) setNotice({ kind: 'error', text: `Ticket ${displayNumber(t.number)} was issued but not printed: ${r.reason}` });
  }

  function issue(e: FormEvent) {
    e.preventDefault();
    if (!serviceId) {
      setNotice({ kind: 'error', text: 'Choose the service the customer needs (press its letter).' });
      return;
    }
    const input = { serviceId, needs, priority, ...(name.trim() ? { name: name.trim() } : {}) };
    setServiceId('');
    setNeeds(NO_NEEDS);
    setPriority(false);
    setName('');
    pending.current = pending.current.then(async () => {
      try {
        const r = await issueTicket(device, input);
        if (!r.ok) {
          setNotice({ kind: 'error', text: r.error.message });
          return;
        }
        setLastIssued(r.value.id);
        setNotice({ kind: 'ok', text: `Ticket ${displayNumber(r.value.number)} issued.` });
        if (bridge.host === 'electron') await print(r.value.id);
      } catch (err) {
        setNotice({ kind: 'error', text: `Not issued: ${err instanceof Error ? err.message : String(err)}` });
      }
    });
  }

  useEffect(() => {
    if (!serviceId) radios.current.get(services[0]?.id ?? '')?.focus();
    // Focus the first service on arrival only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lastService = last ? serviceById(device.config, last.segments[0]!.serviceId) : undefined;

  return (
    <div className="reception">
      <form className="issue-form" onSubmit={issue} onKeyDown={onKeyDown} aria-describedby="issue-help">
        <p id="issue-help" className="hint">
          Press a service’s letter, then Enter. Needs and name are optional.
        </p>
        <fieldset className="services">
          <legend>Service</legend>
          <div className="service-grid">
            {services.map((s) => (
              <label key={s.id} className={`service-option${serviceId === s.id ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name="service"
                  value={s.id}
                  checked={serviceId === s.id}
                  onChange={() => setServiceId(s.id)}
                  ref={(el) => {
                    if (el) radios.current.set(s.id, el);
                  }}
                />
                <span className="letter" aria-hidden="true">
                  {s.letter}
                </span>
                <span className="service-name">{s.name}</span>
                <span className="service-wait">{expectedWaitText(expected(s.id, needs, priority))}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="needs">
          <legend>Needs</legend>
          <label>
            <input type="checkbox" checked={priority} onChange={(e) => setPriority(e.target.checked)} /> Priority customer
          </label>
          <label>
            <input type="checkbox" checked={needs.bsl} onChange={(e) => setNeeds({ ...needs, bsl: e.target.checked })} /> BSL interpreter
          </label>
          <label>
            <input type="checkbox" checked={needs.wheelchair} onChange={(e) => setNeeds({ ...needs, wheelchair: e.target.checked })} /> Wheelchair access
          </label>
          <label>
            Interpreter language{' '}
            <select value={needs.language ?? ''} onChange={(e) => setNeeds({ ...needs, language: e.target.value || null })}>
              <option value="">None</option>
              {LANGUAGE_OPTIONS.map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Name (optional) <input type="text" value={name} maxLength={80} autoComplete="off" onChange={(e) => setName(cleanText(e.target.value))} />
          </label>
        </fieldset>
        <button type="submit" className="primary big">
          Issue ticket
        </button>
        <Message notice={notice} />
      </form>
      <section className="last-ticket" aria-labelledby="last-ticket-heading">
        <h2 id="last-ticket-heading">Last ticket</h2>
        {last ? (
          <>
            <p className="ticket-number" data-testid="last-number">
              {displayNumber(last.number)}
            </p>
            <p>{lastService?.name}</p>
            <p>Expected wait: {expectedWaitText(expected(last.segments[0]!.serviceId, last.needs, last.priority))}</p>
            <button type="button" onClick={() => void print(last.id)}>
              {bridge.host === 'electron' ? 'Reprint' : 'Print'} ticket {displayNumber(last.number)}
            </button>
          </>
        ) : (
          <p>No ticket issued from this screen yet.</p>
        )}
      </section>
    </div>
  );
}
