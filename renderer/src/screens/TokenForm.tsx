import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useBridge } from '../shell/BridgeContext';

/**
 * The device token from enrolment. It is written through the bridge
 * (safeStorage in Electron) and never shown again, only whether one is held.
 */
export function TokenForm({ secretsEncrypted }: { secretsEncrypted: boolean }) {
  const bridge = useBridge();
  const id = useId();
  const [held, setHeld] = useState<boolean | null>(null);
  const [token, setToken] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void bridge.getToken().then((t) => setHeld(t !== null));
  }, [bridge]);

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await bridge.setToken(token);
      setToken('');
      setHeld(true);
      setMessage({ kind: 'ok', text: 'Device token saved.' });
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }

  async function remove() {
    await bridge.clearToken();
    setHeld(false);
    setMessage({ kind: 'ok', text: 'Device token removed.' });
  }

  return (
    <form className="settings-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>Device token</legend>
        <p>
          {held === null ? 'Checking…' : held ? 'A device token is stored on this PC.' : 'No device token is stored: this PC cannot sync.'}{' '}
          {!secretsEncrypted && 'In this browser the token is kept unencrypted; use the desktop app on reception PCs.'}
        </p>
        <div className="field">
          <label htmlFor={id}>New device token</label>
          <input id={id} type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        </div>
        <div className="actions">
          <button type="submit">Save token</button>
          {held && (
            <button type="button" onClick={() => void remove()}>
              Remove token
            </button>
          )}
        </div>
        <p aria-live="polite" role={message?.kind === 'error' ? 'alert' : 'status'} className={message ? `notice notice-${message.kind}` : undefined}>
          {message?.text}
        </p>
      </fieldset>
    </form>
  );
}
