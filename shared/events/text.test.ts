import { describe, expect, it } from 'vitest';
import { badTextPath, cleanText, hasBadText } from './text';

describe('text an event may carry', () => {
  it('takes any real text, including emoji (whole surrogate pairs) and accents', () => {
    for (const s of ['John', 'Zoë Ní Bhriain', 'Łukasz', '👍🏽 ok', '']) expect(hasBadText(s)).toBe(false);
  });

  it('refuses a NUL and either half of a surrogate pair on its own, and says where', () => {
    for (const s of ['a\u0000b', '\uD83D', 'x\uDC4Dy', '\uDC4D\uD83D']) expect(hasBadText(s)).toBe(true);
    expect(badTextPath({ payload: { name: 'ok', note: 'bad\u0000' } })).toBe('payload.note');
    expect(badTextPath({ payload: { list: ['fine', 'x\uD800'] } })).toBe('payload.list.1');
    expect(badTextPath({ ['k\u0000']: 1 })).toBe('(a key)');
    expect(badTextPath({ payload: { name: 'fine' }, at: 5 })).toBeNull();
  });

  it('names a bad value at the top as such, and does not walk deeper than events go', () => {
    expect(badTextPath('a\u0000')).toBe('(value)');
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 12; i++) deep = { d: deep };
    expect(badTextPath(deep)).toBeNull();
    let shallow: unknown = 'x\u0000';
    for (let i = 0; i < 8; i++) shallow = { d: shallow };
    expect(badTextPath(shallow)).toBe('d.d.d.d.d.d.d.d');
  });

  it('cleans typed text of what cannot be stored, and leaves the rest as typed', () => {
    expect(cleanText('Jo\u0000hn \uD800Smith 👍')).toBe('John Smith 👍');
  });
});
