import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MinHeap } from './min-heap';

const byNumber = (a: number, b: number) => a - b;

function popAll<T>(heap: MinHeap<T>): T[] {
  const out: T[] = [];
  for (let x = heap.pop(); x !== undefined; x = heap.pop()) out.push(x);
  return out;
}

describe('MinHeap', () => {
  it('gives items back least first, whatever order they went in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 200 }), (xs) => {
        const heap = new MinHeap(byNumber);
        xs.forEach((x) => heap.push(x));
        expect(heap.size).toBe(xs.length);
        expect(popAll(heap)).toEqual([...xs].sort(byNumber));
        expect(heap.size).toBe(0);
      }),
    );
  });

  it('keeps its order when pushes and pops interleave', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), { maxLength: 300 }), (ops) => {
        const heap = new MinHeap(byNumber);
        const model: number[] = [];
        for (const op of ops) {
          if (op === undefined) {
            model.sort(byNumber);
            expect(heap.pop()).toBe(model.shift());
          } else {
            heap.push(op);
            model.push(op);
          }
        }
        expect(popAll(heap)).toEqual(model.sort(byNumber));
      }),
    );
  });

  it('orders by the comparison given, not by the items themselves', () => {
    const heap = new MinHeap<{ name: string; at: number }>((a, b) => b.at - a.at);
    for (const [name, at] of [
      ['b', 2],
      ['c', 3],
      ['a', 1],
    ] as const)
      heap.push({ name, at });
    expect(popAll(heap).map((x) => x.name)).toEqual(['c', 'b', 'a']);
  });

  it('is empty when new, and drains what is left', () => {
    const heap = new MinHeap(byNumber);
    expect(heap.pop()).toBeUndefined();
    [5, 1, 3].forEach((x) => heap.push(x));
    expect(heap.drain().sort(byNumber)).toEqual([1, 3, 5]);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });
});
