/** Where the built widget's modules are: packages/server/dist/widget, from src/ or dist/ alike. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const webchatWidgetDir = join(
  resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", ".."),
  "dist",
  "widget",
);
