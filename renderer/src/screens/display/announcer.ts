/** What the display needs to make a sound: a chime, then words. Each resolves when it has finished. */
export interface SoundPort {
  chime(): Promise<void>;
  speak(text: string): Promise<void>;
}

/**
 * Plays announcements one after another, none dropped: two desks calling at
 * the same moment are both chimed and spoken, in the order given. A sound
 * that fails is skipped, never left blocking the ones behind it.
 */
export class Announcer {
  private readonly queue: string[] = [];
  private playing = false;
  private stopped = false;

  constructor(private readonly sound: SoundPort) {}

  announce(text: string): void {
    if (this.stopped) return;
    this.queue.push(text);
    void this.drain();
  }

  /** How many announcements are still to be played (the one playing included). */
  get pending(): number {
    return this.queue.length + (this.playing ? 1 : 0);
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
  }

  private async drain(): Promise<void> {
    if (this.playing) return;
    this.playing = true;
    try {
      for (let text = this.queue.shift(); text !== undefined && !this.stopped; text = this.queue.shift()) {
        await this.sound.chime().catch(() => undefined);
        await this.sound.speak(text).catch(() => undefined);
      }
    } finally {
      this.playing = false;
    }
  }
}
