import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useSettings } from '../../app/SettingsContext';
import { unsentOfOtherSite } from '../../data/queries';
import { useBridge } from '../../bridge/BridgeContext';
import { checkThisPcEnrolment } from '../../sync/public';
import { useSyncStatus } from '../../state/sync-status';
import { tellOtherWindows } from '../../app/pc-channel';

/**
 * The device token from enrolment. It is written through the bridge
 * (safeStorage in Electron) and never shown again, only whether one is held.
 * "Check" asks the endpoint whom the token belongs to and says plainly what
 * is wrong, if anything.
 */
export function TokenForm({ secretsEncrypted }: { secretsEncrypted: boolean }) {
  const bridge = useBridge();
  const id = useId();
  const [held, setHeld] = useState<boolean | null>(null);
  const [token, setToken] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [checking, setChecking] = useState(false);
  const { settings } = useSettings();
  const tokenChanged = useSyncStatus((s) => s.tokenChanged);

  useEffect(() => {
    void bridge.getToken().then((t) => setHeld(t !== null));
  }, [bridge]);

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await bridge.setToken(token);
      setToken('');
      setHeld(true);
      tokenChanged();
      tellOtherWindows({ kind: 'token-changed' });
      setMessage({ kind: 'ok', text: 'Device token saved. Use “Check endpoint and token” to test it.' });
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  }

  async function remove() {
    await bridge.clearToken();
    setHeld(false);
    tokenChanged();
    tellOtherWindows({ kind: 'token-changed' });
    setMessage({ kind: 'ok', text: 'Device token removed.' });
  }

  async function check() {
    setChecking(true);
    setMessage({ kind: 'ok', text: 'Checking…' });
    const stored = await bridge.getToken();
    const unsent = await unsentOfOtherSite(settings.deviceId, settings.siteId);
    const elsewhere: Record<string, number> = {};
    for (const e of unsent) elsewhere[e.siteId] = (elsewhere[e.siteId] ?? 0) + 1;
    const r = await checkThisPcEnrolment(settings, stored, elsewhere);
    setMessage(r.ok ? { kind: 'ok', text: r.value } : { kind: 'error', text: r.error.message });
    setChecking(false);
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
          <button type="button" onClick={() => void check()} disabled={checking}>
            Check endpoint and token
          </button>
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
