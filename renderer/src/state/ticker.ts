/**
 * One interval for every running timer on the page. Each timer registers a
 * paint function that writes straight to its own DOM node, and only when
 * the text changes: 300 waiting customers cost 300 small comparisons a
 * second, not 300 React renders (budget ≤ 5 ms script per tick, docs/architecture.md).
 */
type Paint = (now: number) => void;
const painters = new Set<Paint>();
let timer: ReturnType<typeof setInterval> | null = null;

function tick() {
  const now = Date.now();
  for (const paint of painters) paint(now);
}

export function registerPaint(paint: Paint): () => void {
  painters.add(paint);
  paint(Date.now());
  timer ??= setInterval(tick, 1000);
  return () => {
    painters.delete(paint);
    if (painters.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}
