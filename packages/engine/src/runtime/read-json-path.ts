/** Reads a value out of a JSON response by a simple path such as `data.items[0].name` or `$.total`. */

/** The value at `path` as attribute text (objects as JSON), or undefined when absent or null. */
export function readJsonPath(body: unknown, path: string): string | undefined {
  const steps = path
    .replace(/^\$\.?/, "")
    .split(/\.|\[(\d+)\]/)
    .filter((step): step is string => step !== undefined && step !== "");
  let current: unknown = body;
  for (const step of steps) {
    if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)];
    else if (current !== null && typeof current === "object" && !Array.isArray(current))
      current = Object.getOwnPropertyDescriptor(current, step)?.value;
    else return undefined;
  }
  if (current === undefined || current === null) return undefined;
  return typeof current === "object" ? JSON.stringify(current) : String(current);
}
