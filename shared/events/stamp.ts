import { err, ok } from '../core/result';
import type { Result } from '../core/result';
import { uuidv7 } from '../core/uuidv7';
import { formatHlc, sendHlc } from '../clock/hlc';
import type { Hlc, HlcError } from '../clock/hlc';
import type { Draft } from '../tickets/decide';
import { EVENT_VERSION } from './schema';
import type { DomainEvent } from './schema';

/**
 * Turns decided drafts into events of this device's log: a UUIDv7 id, the
 * next deviceSeq (1, 2, 3… with no gaps) and the next clock stamp. Returns
 * the device's new position; the caller persists it in the same transaction
 * as the events, so a crash can never reuse a seq or a stamp.
 */
export interface DevicePosition {
  siteId: string;
  deviceId: string;
  /** The last deviceSeq used (0 before the first event). */
  seq: number;
  clock: Hlc;
}

export function stampDrafts(
  pos: DevicePosition,
  drafts: readonly Draft[],
  now: number,
  randomBytes: (n: number) => Uint8Array,
): Result<{ events: DomainEvent[]; position: DevicePosition }, HlcError> {
  let { seq, clock } = pos;
  const events: DomainEvent[] = [];
  for (const d of drafts) {
    const next = sendHlc(clock, now);
    if (!next.ok) return err(next.error);
    clock = next.value;
    seq += 1;
    events.push({
      id: uuidv7(now, randomBytes(10)),
      siteId: pos.siteId,
      deviceId: pos.deviceId,
      deviceSeq: seq,
      hlc: formatHlc(clock),
      at: now,
      type: d.type,
      ...(d.ticketId !== undefined ? { ticketId: d.ticketId } : {}),
      payload: d.payload,
      v: EVENT_VERSION,
    } as DomainEvent);
  }
  return ok({ events, position: { ...pos, seq, clock } });
}
