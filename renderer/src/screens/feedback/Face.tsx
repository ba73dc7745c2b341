/**
 * A simple face for a score of 1 (very poor) to 5 (very good): the mouth
 * curves from a frown to a smile. Decorative: the word under it says the
 * same, so the face is hidden from screen readers and colour says nothing
 * on its own.
 */
export function Face({ score }: { score: number }) {
  // Mouth: a quadratic curve whose control point drops as the score rises (a smile) and lifts as it falls (a frown).
  const bend = (score - 3) * 7;
  return (
    <svg viewBox="0 0 64 64" width="72" height="72" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="29" fill="#ffdd00" stroke="#0b0c0c" strokeWidth="3" />
      <circle cx="22" cy="25" r="4" fill="#0b0c0c" />
      <circle cx="42" cy="25" r="4" fill="#0b0c0c" />
      <path d={`M18 44 Q32 ${44 + bend} 46 44`} fill="none" stroke="#0b0c0c" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
