import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __spoken: string[];
    __oscillators: number;
  }
}

/**
 * Listens to what a calling display says: every utterance handed to
 * speechSynthesis (finished after 300 ms, as a short real one would be) and
 * every chime (two tones, so two oscillators). Installed before the app loads.
 */
export async function spyOnAnnouncements(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__spoken = [];
    window.__oscillators = 0;
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      window.__spoken.push(u.text);
      setTimeout(() => u.onend?.call(u, new Event('end') as SpeechSynthesisEvent), 300);
    };
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      window.__oscillators += 1;
      return create.call(this);
    };
  });
}

export async function announcements(display: Page): Promise<{ spoken: string[]; chimes: number }> {
  return display.evaluate(() => ({ spoken: [...window.__spoken], chimes: window.__oscillators / 2 }));
}
