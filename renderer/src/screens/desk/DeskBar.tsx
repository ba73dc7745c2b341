import { useId, useState } from 'react';

const PAUSE_REASONS = ['Break', 'Lunch', 'Training', 'Back-office work', 'Helping another desk'];

interface Props {
  desk: string;
  paused: boolean;
  pauseReason: string | undefined;
  waitingForYou: number;
  onPause: (reason: string) => void;
  onResume: () => void;
  onSignOff: () => void;
}

/** The desk's state and its own controls: pause (with a reason the supervisor sees), resume, sign off. */
export function DeskBar({ desk, paused, pauseReason, waitingForYou, onPause, onResume, onSignOff }: Props) {
  const id = useId();
  const [reason, setReason] = useState(PAUSE_REASONS[0]!);
  return (
    <div className="desk-bar">
      <p>
        <strong>Desk {desk}</strong> · {paused ? `Paused${pauseReason ? ` (${pauseReason})` : ''}` : 'Open'} · {waitingForYou} waiting for you
      </p>
      <div className="actions">
        {paused ? (
          <button onClick={onResume}>Resume</button>
        ) : (
          <>
            <label htmlFor={`${id}-reason`}>Pause for</label>
            <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}>
              {PAUSE_REASONS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
            <button onClick={() => onPause(reason)}>Pause</button>
          </>
        )}
        <button onClick={onSignOff}>Sign off</button>
      </div>
    </div>
  );
}
