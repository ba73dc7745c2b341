import { describe, expect, it } from 'vitest';
import { canonicalJson, eventContent } from './canonical';

describe('canonical JSON', () => {
  it('writes values as JSON does, and leaves out undefined fields, as JSON does', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
    expect(canonicalJson([1, 'x', null, { b: 2, a: 1 }])).toBe('[1,"x",null,{"a":1,"b":2}]');
    expect(canonicalJson({ z: undefined, y: 0 })).toBe('{"y":0}');
  });

  it('sorts keys by code unit, whatever order they came in', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, aa: 4 })).toBe('{"B":2,"a":3,"aa":4,"b":1}');
    expect(canonicalJson({ aa: 4, a: 3, B: 2, b: 1 })).toBe('{"B":2,"a":3,"aa":4,"b":1}');
    expect(canonicalJson({ x: 1, x2: 2 })).toBe(canonicalJson({ x2: 2, x: 1 }));
  });
});

describe('an event’s content', () => {
  it('is its canonical JSON without the customer’s name', () => {
    const e = { id: 'e', payload: { number: 'C001', name: 'Jo' } };
    expect(eventContent(e)).toBe('{"id":"e","payload":{"number":"C001"}}');
    expect(eventContent({ id: 'e', payload: { number: 'C001' } })).toBe(eventContent(e));
  });

  it('takes anything, even what is not an event, without throwing', () => {
    expect(eventContent(null)).toBe('null');
    expect(eventContent('x')).toBe('"x"');
    expect(eventContent({ id: 'e', payload: null })).toBe('{"id":"e","payload":null}');
    expect(eventContent({ id: 'e', payload: 'text' })).toBe('{"id":"e","payload":"text"}');
    expect(eventContent({ id: 'e' })).toBe('{"id":"e"}');
  });
});
