/** Reads a JSON text column through a zod schema, so stored data is checked where it comes back in. */
import type { z } from "zod";

export function readJsonColumn<S extends z.ZodType>(schema: S, text: string, column: string): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`Stored ${column} is not JSON`, { cause: error });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Stored ${column} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}
