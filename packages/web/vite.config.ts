// Builds the console into dist/, which the server serves at `/` with an SPA fallback to index.html.
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

export default defineConfig({
  base: "/",
  plugins: [react()],
  // `source` lets type imports of workspace packages resolve to their TypeScript (nothing of them is bundled).
  resolve: { conditions: ["source", ...defaultClientConditions] },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
  build: { outDir: "dist", emptyOutDir: true },
});
