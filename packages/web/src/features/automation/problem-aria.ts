/** The accessibility attributes of an input whose problems are listed under it. */

/** `aria-invalid`, and `aria-describedby` pointing at the list `FieldViolations` renders as `${id}-problems`. */
export function problemAria(
  problems: readonly unknown[] | undefined,
  id: string,
): { "aria-invalid": boolean; "aria-describedby"?: string } {
  if (problems === undefined || problems.length === 0) return { "aria-invalid": false };
  return { "aria-invalid": true, "aria-describedby": `${id}-problems` };
}
