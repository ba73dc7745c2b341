import type { SoundPort } from './announcer';

const CHIME_MS = 750;
/** A speech engine that never says it has finished must not hold the calls behind it for ever. */
const SPEECH_GIVE_UP_MS = 10_000;

/**
 * The display's sound through the browser: a two-tone chime on one shared
 * AudioContext (browsers cap how many a page may open) and en-GB speech.
 * Browsers allow sound only after someone has pressed something on the page,
 * which is why the display has a "Turn sound on" button.
 */
export function browserSound(): SoundPort {
  let ctx: AudioContext | null = null;
  return {
    chime: () =>
      new Promise<void>((resolve) => {
        const Ctx = window.AudioContext;
        if (!Ctx) return resolve();
        ctx ??= new Ctx();
        const start = ctx.currentTime;
        [880, 660].forEach((freq, i) => {
          const osc = ctx!.createOscillator();
          const gain = ctx!.createGain();
          osc.frequency.value = freq;
          gain.gain.setValueAtTime(0.2, start + i * 0.35);
          gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.35 + 0.3);
          osc.connect(gain).connect(ctx!.destination);
          osc.start(start + i * 0.35);
          osc.stop(start + i * 0.35 + 0.32);
        });
        setTimeout(resolve, CHIME_MS);
      }),
    speak: (text) =>
      new Promise<void>((resolve) => {
        if (!('speechSynthesis' in window)) return resolve();
        const u = new SpeechSynthesisUtterance(text);
        u.lang = 'en-GB';
        u.rate = 0.9;
        const timer = setTimeout(resolve, SPEECH_GIVE_UP_MS);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        u.onend = done;
        u.onerror = done;
        window.speechSynthesis.speak(u);
      }),
  };
}
