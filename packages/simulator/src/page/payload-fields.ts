/** Safe readers for JSON that comes from the control API: payloads are Graph API bodies we only display. */

/** A JSON object whose fields are not trusted yet. */
export type Fields = Readonly<Record<string, unknown>>;

const EMPTY: Fields = Object.freeze({});

export function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object itself, or an empty object for anything else, so nested reads never throw. */
export function fields(value: unknown): Fields {
  return isFields(value) ? value : EMPTY;
}

/** Strings as they are, finite numbers as text (Graph API sends some ids and indexes both ways). */
export function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function items(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
