import { describe, expect, it } from 'vitest';
import { readEventStream, splitFrames } from './event-stream';

function body(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(enc.encode(ch));
      c.close();
    },
  });
}

describe('the live stream reader', () => {
  it('keeps a frame cut across chunks until it is whole, and skips heartbeats', () => {
    const a = splitFrames(': connected 1\n\nid: 3\nevent: events\ndata: {"ev');
    expect(a.frames).toEqual([]);
    const b = splitFrames(`${a.rest}ents":[],"cursor":3,"serverTime":5}\n\n: heartbeat 2\n\n`);
    expect(b.frames).toEqual([{ event: 'events', data: '{"events":[],"cursor":3,"serverTime":5}' }]);
    expect(b.rest).toBe('');
  });

  it('hands pages over in order, one byte at a time if need be, and refuses an unreadable page', async () => {
    const text = 'event: events\ndata: {"events":[1],"cursor":1,"serverTime":0}\n\nevent: events\ndata: {"events":[2],"cursor":2,"serverTime":0}\n\n';
    const cursors: number[] = [];
    await readEventStream(body([...text]), async (p) => void cursors.push(p.cursor));
    expect(cursors).toEqual([1, 2]);
    await expect(readEventStream(body(['event: events\ndata: {"cursor":"x"}\n\n']), async () => undefined)).rejects.toThrow(/unreadable/);
  });
});
