/** Where the server's package and the built console live on disk, from src/ or dist/ alike. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const serverPackageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The web console's build output (packages/web/dist). */
export const consoleDistDir = join(serverPackageRoot, "..", "web", "dist");
