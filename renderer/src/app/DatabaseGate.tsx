import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { appDb } from '../db/database';

type Opened = { state: 'opening' } | { state: 'open' } | { state: 'failed'; message: string };

/**
 * Opens this PC's database before any screen reads it. Opening runs any
 * schema upgrade; an upgrade that fails changes nothing (IndexedDB rolls the
 * whole upgrade back), and the staff are told so in words instead of meeting
 * empty screens.
 */
const openAppDb = () => appDb().open();

export function DatabaseGate({ children, open = openAppDb }: { children: ReactNode; open?: () => Promise<unknown> }) {
  const [opened, setOpened] = useState<Opened>({ state: 'opening' });
  useEffect(() => {
    let live = true;
    open().then(
      () => live && setOpened({ state: 'open' }),
      (e: unknown) => live && setOpened({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [open]);
  if (opened.state === 'open') return <>{children}</>;
  if (opened.state === 'opening') return <p role="status">Opening this PC’s records…</p>;
  return (
    <div role="alert" className="notice notice-error">
      <h1>This PC’s records could not be opened</h1>
      <p>
        {opened.message}. Nothing was changed: the records from before are still on this PC. Close the app and open it again; if this message comes back, tell
        IT and do not issue tickets on this PC until they have looked.
      </p>
    </div>
  );
}
