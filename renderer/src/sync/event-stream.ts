import { LivePage } from '../../../shared/sync/wire';

/**
 * The endpoint's live stream (server-sent events) read over fetch, not
 * EventSource: EventSource cannot send the device's bearer token. Frames
 * are separated by a blank line; `event: events` frames carry a page of
 * the site's new events in JSON; lines starting with ':' are heartbeats.
 */

export interface Frame {
  event: string;
  data: string;
}

/** Splits what has arrived so far into whole frames and the unfinished rest. */
export function splitFrames(buffer: string): { frames: Frame[]; rest: string } {
  const parts = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = parts.pop() ?? '';
  const frames: Frame[] = [];
  for (const part of parts) {
    let event = 'message';
    const data: string[] = [];
    for (const line of part.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) frames.push({ event, data: data.join('\n') });
  }
  return { frames, rest };
}

/** Reads the stream to its end, handing each page over in order (the next waits for the last to be applied). */
export async function readEventStream(body: ReadableStream<Uint8Array>, onPage: (page: LivePage) => Promise<void>, onAlive?: () => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onAlive?.();
      const { frames, rest } = splitFrames(buffer + decoder.decode(value, { stream: true }));
      buffer = rest;
      for (const f of frames) {
        if (f.event !== 'events') continue;
        const page = LivePage.safeParse(JSON.parse(f.data));
        if (!page.success) throw new Error('the live stream sent something unreadable');
        await onPage(page.data);
      }
    }
  } finally {
    reader.releaseLock();
  }
}
