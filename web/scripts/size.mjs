// Gzip sizes of the built app: the JS a lesson page needs before it can show anything
// (the entry and its static imports), then each lazy chunk (Monaco, KaTeX, demos).
//   npm run build && npm run size
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");
const manifest = JSON.parse(readFileSync(resolve(dist, ".vite/manifest.json"), "utf-8"));
const gz = (file) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
visit(entryKey);

let total = 0;
console.log("Initial JS (entry + static imports), gzip:");
for (const f of initial) {
  const n = gz(f);
  total += n;
  console.log(`  ${f}  ${kb(n)}`);
}
console.log(`  total  ${kb(total)}`);

console.log("Lazy chunks, gzip:");
const lazy = Object.values(manifest)
  .filter((c) => c.file.endsWith(".js") && !initial.has(c.file))
  .map((c) => ({ name: c.name ?? c.src ?? c.file, file: c.file, size: gz(c.file) }))
  .sort((a, b) => b.size - a.size);
for (const c of lazy) console.log(`  ${c.name.padEnd(28)} ${c.file}  ${kb(c.size)}`);
