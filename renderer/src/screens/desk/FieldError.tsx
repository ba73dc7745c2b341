/** What is wrong with one field, said beside it (and read with it: the field points here with aria-describedby). */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">✗ </span>
      {message}
    </p>
  );
}
