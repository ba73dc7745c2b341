/**
 * Reads a server-sent-events response until `until` says it has what it waited for. `onConnected`
 * is called when the endpoint's ": connected" line arrives: the stream is subscribed from then on,
 * so a test can act knowing the stream will hear it (never after a guessed delay).
 */
export async function readStream(url: string, token: string, until: (events: { id: string }[]) => boolean, ms = 10_000, onConnected?: () => void) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), ms);
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: ctrl.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const got: { id: string }[] = [];
  let buffer = '';
  try {
    while (!until(got)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (frame.startsWith(': connected')) onConnected?.();
        const data = frame.split('\n').find((l) => l.startsWith('data: '));
        if (data) got.push(...(JSON.parse(data.slice(6)) as { events: { id: string }[] }).events);
      }
    }
  } finally {
    clearTimeout(timer);
    ctrl.abort();
  }
  return got;
}
