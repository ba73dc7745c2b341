import { useEffect, useRef } from 'react';
import { LANGUAGES } from '../../../../shared/config/languages';
import { FLAG_NEEDS, PRIORITY_KEY } from '../../../../shared/needs/needs';
import type { FlagNeed } from '../../../../shared/needs/needs';

/** What a number key does on the greeter's screen: one keystroke for every common need. */
export type NeedKey = { kind: 'priority' } | { kind: 'need'; need: FlagNeed } | { kind: 'language'; code: string };

/**
 * 1 priority, then each need's own key (shared/needs/needs.ts: 2 BSL, 3 wheelchair, 4 hearing
 * loop), and the digits left to 9 for the most requested languages, in order.
 */
export const NEED_KEYS: ReadonlyMap<string, NeedKey> = (() => {
  const keys = new Map<string, NeedKey>([[PRIORITY_KEY, { kind: 'priority' }]]);
  for (const need of FLAG_NEEDS) keys.set(need.greeterKey, { kind: 'need', need });
  const free = ['2', '3', '4', '5', '6', '7', '8', '9'].filter((k) => !keys.has(k));
  Object.keys(LANGUAGES)
    .slice(0, free.length)
    .forEach((code, i) => keys.set(free[i]!, { kind: 'language', code }));
  return keys;
})();

/** The number key of a quick language, if it has one. */
export function languageKey(code: string): string | undefined {
  for (const [key, need] of NEED_KEYS) if (need.kind === 'language' && need.code === code) return key;
  return undefined;
}

interface Handlers {
  letter: (letter: string) => boolean;
  need: (need: NeedKey) => void;
  issue: () => void;
  clear: () => void;
}

/**
 * The greeter's keys, wherever focus is on the screen (on the heading after
 * arriving from the menu, on a checkbox, on the language list): a service's
 * letter chooses it, a number key toggles a need, Enter issues, Escape
 * clears the half-made choice. Typing in a text box, letters in the language
 * list (its type-ahead: "Lith" picks Lithuanian), and Enter on a button or
 * link keep their usual meaning.
 */
export function useGreeterKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const tag = target?.tagName ?? '';
      const typing = tag === 'TEXTAREA' || (tag === 'INPUT' && (target as HTMLInputElement).type === 'text');
      // Another control outside the issue form (the reprint list, say) keeps its own keys.
      const elsewhere = (tag === 'SELECT' || tag === 'INPUT') && !target?.closest('form.issue-form');
      if (typing || elsewhere) return;
      const h = latest.current;
      if (e.key === 'Enter') {
        if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return;
        e.preventDefault();
        h.issue();
      } else if (e.key === 'Escape') {
        h.clear();
      } else if (/^[1-9]$/.test(e.key)) {
        e.preventDefault();
        h.need(NEED_KEYS.get(e.key)!);
      } else if (/^[a-z]$/i.test(e.key) && tag !== 'SELECT' && h.letter(e.key.toUpperCase())) {
        e.preventDefault();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
