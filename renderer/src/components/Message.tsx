/** The result of the last action, read out by screen readers: errors as alerts, the rest as status. */
export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function Message({ notice }: { notice: Notice }) {
  return (
    <p role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" className={notice ? `notice notice-${notice.kind}` : 'notice'}>
      {notice?.text}
    </p>
  );
}
