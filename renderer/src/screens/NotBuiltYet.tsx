/**
 * An honest placeholder: the screen exists in the navigation, says what it
 * will do, and does not pretend to work.
 */
export function NotBuiltYet({ summary, arrivesWith }: { summary: string; arrivesWith: string }) {
  return (
    <section className="not-built" aria-label="Not available yet">
      <p>{summary}</p>
      <p>
        <strong>Not available yet.</strong> This screen arrives with {arrivesWith}.
      </p>
    </section>
  );
}
