import { useId, useState } from 'react';
import type { SiteConfig } from '../../../../shared/config/site-config';
import { cleanText } from '../../../../shared/events/text';

/** Transfer the customer being served to another service, with a note the next desk reads. */
export function TransferControls({
  config,
  fromServiceId,
  onTransfer,
}: {
  config: SiteConfig;
  fromServiceId: string;
  onTransfer: (to: string, note: string) => Promise<boolean>;
}) {
  const id = useId();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  return (
    <>
      <label htmlFor={`${id}-to`}>Transfer to</label>
      <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">Choose a service</option>
        {config.services
          .filter((s) => s.active && s.id !== fromServiceId)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
      </select>
      <label htmlFor={`${id}-note`}>Note for the next desk</label>
      <input id={`${id}-note`} value={note} maxLength={500} autoComplete="off" onChange={(e) => setNote(cleanText(e.target.value))} />
      <button
        onClick={() =>
          void onTransfer(to, note).then((ok) => {
            if (!ok) return;
            setTo('');
            setNote('');
          })
        }
      >
        Transfer
      </button>
    </>
  );
}
