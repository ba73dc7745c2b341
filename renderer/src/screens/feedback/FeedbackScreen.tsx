import { useEffect, useRef, useState } from 'react';
import { stillAsking } from '../../../../shared/tickets/feedback-prompt';
import type { FeedbackAnswer } from '../../../../shared/tickets/decide';
import type { Ticket } from '../../../../shared/tickets/state';
import { useSettings } from '../../app/SettingsContext';
import { useDevice, useSite } from '../../app/useDevice';
import { giveFeedback } from '../../data/actions';
import { useDesks, useFeedbackPrompt } from '../../data/hooks';
import { useNow } from '../../state/now';
import { FeedbackQuestions } from './FeedbackQuestions';

/** How long "Thank you" stays before the screen is idle again. */
export const THANKS_MS = 6_000;

/**
 * The screen facing the customer at one desk. When the desk finishes a
 * visit it asks how it went; it thanks them and goes idle after a few
 * seconds, or as soon as the desk calls someone. Nothing on it says who the
 * customer is. Its answer is written against the visit it asked about, by
 * id, so a late tap never lands on the next customer.
 */
export function FeedbackScreen() {
  const desk = useFacingDesk();
  const prompt = useFeedbackPrompt(desk);
  const now = useNow(1000);
  // When this screen first heard of the visit it asks about: its own clock, whatever the desk PC's says.
  const [heard, setHeard] = useState<{ id: string; at: number } | null>(null);
  const [thankedAt, setThankedAt] = useState<number | null>(null);

  if (prompt && heard?.id !== prompt.id) setHeard({ id: prompt.id, at: now });
  const heardAt = prompt && heard?.id === prompt.id ? heard.at : now;
  // Not before the site's configuration is read: whether to ask for a comment is the site's.
  const site = useSite();
  const siteRead = site.loaded;
  const asking = siteRead && prompt && stillAsking(prompt.completion!.at, heardAt, now) ? prompt : null;
  const thanking = thankedAt !== null && now - thankedAt < THANKS_MS;

  if (!desk) {
    return (
      <section className="feedback feedback-idle">
        <p>This feedback screen does not know which desk it faces. Staff: sign on at one desk on this PC, or set the desk in Settings.</p>
      </section>
    );
  }
  if (thanking) return <Thanks />;
  if (asking) return <Asking key={asking.id} visit={asking} withComment={site.settings.feedbackComments} onDone={() => setThankedAt(Date.now())} />;
  return (
    <section className="feedback feedback-idle" aria-label={`Desk ${desk}`}>
      <p className="feedback-desk">Desk {desk}</p>
      <p>When your visit at this desk is over, you can tell us here how it went.</p>
    </section>
  );
}

/**
 * The desk this screen faces: the one set in Settings, or else (a window of
 * a desk PC on the customer's monitor) the one desk signed on at this PC.
 */
function useFacingDesk(): string | null {
  const { settings } = useSettings();
  const desks = useDesks();
  if (settings.desk) return settings.desk;
  const mine = (desks ?? []).filter((d) => d.deviceId === settings.deviceId && d.status !== 'closed');
  return mine.length === 1 ? mine[0]!.desk : null;
}

/**
 * The questions for one visit. A customer who answered the first question
 * and then walked away (the desk called the next customer, or the screen
 * stopped asking) still has that answer recorded, against their own visit.
 */
function Asking({ visit, withComment, onDone }: { visit: Ticket; withComment: boolean; onDone: () => void }) {
  const device = useDevice();
  const partial = useRef<FeedbackAnswer | null>(null);
  const sent = useRef(false);

  const send = async (answer: FeedbackAnswer | 'skipped') => {
    if (sent.current) return;
    sent.current = true;
    // A refusal means this visit already has its answer (a double tap, another screen): nothing to tell the customer.
    await giveFeedback(device, visit.id, answer);
  };
  useEffect(
    () => () => {
      if (partial.current && !sent.current) void send(partial.current);
    },
    // On leaving only: the visit is fixed for this component (keyed by its id).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <FeedbackQuestions
      withComment={withComment}
      onProgress={(a) => {
        partial.current = a;
      }}
      onFinish={(a) => {
        void send(a);
        onDone();
      }}
    />
  );
}

function Thanks() {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="feedback feedback-thanks" aria-live="polite">
      <h2 ref={ref} tabIndex={-1}>
        Thank you
      </h2>
      <p>Your answers help us improve this service.</p>
    </section>
  );
}
