// Copies the phone page's static assets (styles, images) from src/page to dist/page, next to the
// JavaScript that `tsc -b` compiles there. index.html itself is served from src/page.
import { copyFile, mkdir, readdir } from "node:fs/promises";

const ASSET = /\.(css|svg|png|webp|ico)$/;
const from = new URL("../src/page/", import.meta.url);
const to = new URL("../dist/page/", import.meta.url);

await mkdir(to, { recursive: true });
const assets = (await readdir(from)).filter((name) => ASSET.test(name));
await Promise.all(assets.map((name) => copyFile(new URL(name, from), new URL(name, to))));
console.log(`simulator: copied ${assets.length} page asset(s) to dist/page`);
