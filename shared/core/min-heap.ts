/**
 * A binary min-heap under a caller's comparison: push and pop in O(log n).
 * The planner's simulation keeps its waiting customers here, ordered by the
 * product's own call order, so a long queue on a short-staffed day costs a
 * logarithm per call instead of a pass over everyone waiting.
 */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      // Stryker disable next-line EqualityOperator: equal items swapped or not are still least first (the heap promises no order among equals; the call order is total)
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  /** The least item, removed; undefined when empty. */
  pop(): T | undefined {
    const items = this.items;
    if (items.length <= 1) return items.pop();
    const top = items[0];
    // The last item fills the root's place and sinks to where it belongs.
    items[0] = items.pop()!;
    this.siftDown(0);
    return top;
  }

  /** Every item left, in no particular order, and the heap emptied. */
  drain(): T[] {
    return this.items.splice(0);
  }

  private siftDown(from: number): void {
    const items = this.items;
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      // Stryker disable next-line EqualityOperator: as in push, equals may go either way
      if (left < items.length && this.compare(items[left]!, items[least]!) < 0) least = left;
      // Stryker disable next-line EqualityOperator: as in push, equals may go either way
      if (right < items.length && this.compare(items[right]!, items[least]!) < 0) least = right;
      if (least === i) return;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }
}
