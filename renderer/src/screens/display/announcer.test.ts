import { describe, expect, it } from 'vitest';
import { Announcer } from './announcer';
import type { SoundPort } from './announcer';

/** A sound port that records what it played; each sound finishes when the test says so. */
function recordingSound(opts: { failChime?: boolean } = {}) {
  const played: string[] = [];
  const finishers: (() => void)[] = [];
  const wait = () => new Promise<void>((resolve) => finishers.push(resolve));
  const port: SoundPort = {
    chime: async () => {
      played.push('chime');
      if (opts.failChime) throw new Error('no audio device');
      await wait();
    },
    speak: async (text) => {
      played.push(text);
      await wait();
    },
  };
  const finishAll = async () => {
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 0));
      finishers.shift()?.();
    }
  };
  return { port, played, finishAll };
}

describe('Announcer', () => {
  it('plays calls made at the same moment one after another, each with its chime, none dropped', async () => {
    const sound = recordingSound();
    const a = new Announcer(sound.port);
    a.announce('one');
    a.announce('two');
    a.announce('three');
    // While the first chime plays, nothing else has started over it.
    expect(sound.played).toEqual(['chime']);
    expect(a.pending).toBe(3);
    await sound.finishAll();
    expect(sound.played).toEqual(['chime', 'one', 'chime', 'two', 'chime', 'three']);
    expect(a.pending).toBe(0);
  });

  it('goes on speaking when the chime cannot play', async () => {
    const sound = recordingSound({ failChime: true });
    const a = new Announcer(sound.port);
    a.announce('one');
    a.announce('two');
    await sound.finishAll();
    expect(sound.played).toEqual(['chime', 'one', 'chime', 'two']);
  });

  it('plays a call made after the queue emptied', async () => {
    const sound = recordingSound();
    const a = new Announcer(sound.port);
    a.announce('one');
    await sound.finishAll();
    a.announce('two');
    await sound.finishAll();
    expect(sound.played).toEqual(['chime', 'one', 'chime', 'two']);
  });

  it('plays nothing more once stopped (the display was closed)', async () => {
    const sound = recordingSound();
    const a = new Announcer(sound.port);
    a.announce('one');
    a.announce('two');
    a.stop();
    a.announce('three');
    await sound.finishAll();
    expect(sound.played).toEqual(['chime', 'one']);
  });
});
