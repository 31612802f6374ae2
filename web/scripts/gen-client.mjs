// Regenerate src/client/schema.ts from openapi.json (the server's schema, dumped by the lead).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(web, "src/client/schema.ts");
execFileSync(process.execPath, [resolve(web, "node_modules/openapi-typescript/bin/cli.js"), "openapi.json", "-o", out], {
  cwd: web,
  stdio: "inherit",
});
const header =
  "// generated — do not edit. Source: web/openapi.json; regenerate with `npm run gen:client`.\n" +
  "/* eslint-disable */\n";
writeFileSync(out, header + readFileSync(out, "utf-8").replace(/^\/\*\*[\s\S]*?\*\/\n+/, ""));
