// A stand-in for `fromzero serve`, following docs/api.md, for developing and testing the web
// app before (or without) the real server: serves dist/ with an SPA fallback and answers the
// API from fixtures/. Code runs in a local `python3` with a timeout. Listens on 127.0.0.1 only.
//
//   node e2e/fixture-server.mjs [port]      (default 8765)
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, "../dist");
const fixtures = join(here, "fixtures");
const port = Number(process.argv[2] ?? process.env.PORT ?? 8765);
const course = JSON.parse(readFileSync(join(fixtures, "course.json"), "utf-8"));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json" };

function lesson(id) {
  const file = join(fixtures, `${id}.json`);
  return /^[\w.-]+$/.test(id) && existsSync(file) ? JSON.parse(readFileSync(file, "utf-8")) : null;
}

function json(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

async function body(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf-8") || "{}");
  } catch {
    return null;
  }
}

function python(code, onData) {
  return new Promise((done) => {
    const p = spawn("python3", ["-I", "-c", code], { stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => p.kill("SIGKILL"), 5000);
    p.stdout.on("data", (d) => onData("stdout", d.toString("utf-8")));
    p.stderr.on("data", (d) => onData("stderr", d.toString("utf-8")));
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal });
    });
  });
}

async function run(req, res) {
  const b = await body(req);
  if (!b || typeof b.code !== "string") return json(res, 422, { detail: "The request field 'code' is required." });
  if (b.code.length > 100 * 1024) return json(res, 413, { detail: "Your code is larger than 100 KB." });
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  const send = (kind, data) => res.write(`event: ${kind}\ndata: ${JSON.stringify({ kind, ...data })}\n\n`);
  const { code, signal } = await python(b.code, (kind, text) => send(kind, { text }));
  const status = signal ? "wall-time-limit" : code === 0 ? "ok" : "error";
  const message = status === "ok" ? "Your program finished." : status === "error" ? "Your program stopped with an error. Read the last lines above: they name the line and what went wrong." : "Your program was stopped after 5 seconds. Is it waiting for something, or looping forever?";
  send("done", { status, message, exit_code: code });
  res.end();
}

const CASES = [[5, 0.5, 1], [0, 2, -2], [3, 0.1, 0.2]];

async function check(req, res, moduleId, slug) {
  const doc = lesson(moduleId);
  const ex = doc?.exercises.find((e) => e.slug === slug);
  if (!ex) return json(res, 404, { detail: `There is no exercise '${slug}' in module '${moduleId}'.` });
  const b = await body(req);
  if (!b || typeof b.code !== "string") return json(res, 422, { detail: "The request field 'code' is required." });
  if (b.code.trim() === ex.starter.trim()) {
    return json(res, 200, { status: "not-attempted", summary: "You have not changed the starter yet. Write your code where it says # Your code here.", tests: ex.tasks.map((t) => ({ name: `${ex.function}(...)`, task: t.id, status: "not-attempted", message: "" })), output: "" });
  }
  let out = "";
  const probe = `${b.code}\nimport json\nprint("@@" + json.dumps([neuron(*c) for c in ${JSON.stringify(CASES)}]))`;
  await python(probe, (_k, t) => (out += t));
  const m = /@@(.*)/.exec(out);
  const got = m ? JSON.parse(m[1]) : null;
  const tests = CASES.map((c, i) => {
    const want = c[0] * c[1] + c[2];
    const value = got ? got[i] : null;
    const ok = typeof value === "number" && Math.abs(value - want) < 1e-9;
    return { name: `neuron(${c.join(", ")})`, task: 1, status: ok ? "pass" : "fail", message: ok ? "" : `neuron(${c.join(", ")}) returned ${value === null ? "nothing" : value} but should return ${want}. Did you add the bias?` };
  });
  const passed = tests.filter((t) => t.status === "pass").length;
  const status = passed === tests.length ? "pass" : "fail";
  return json(res, 200, { status, summary: status === "pass" ? `All ${tests.length} checks passed.` : `${passed} of ${tests.length} checks passed.`, tests, output: out.replace(/@@.*\n?/, "") });
}

function solution(res, moduleId, slug) {
  const ex = lesson(moduleId)?.exercises.find((e) => e.slug === slug);
  if (!ex) return json(res, 404, { detail: `There is no exercise '${slug}' in module '${moduleId}'.` });
  return json(res, 200, { solution: "def neuron(x, w, b):\n    return x * w + b\n", walkthrough_html: "<p>Multiply the input by the weight, then add the bias.</p>", tests_source: "assert neuron(5, 0.5, 1) == 3.5\n" });
}

const QUIZ = { q1: { right: "a", answer: "It is added at the end", why: { b: "That is the weight's job: the weight multiplies." } }, q2: { right: 3, answer: "3", why: {} }, q3: { right: "a", answer: "7", why: { b: "Multiply first: 2 × 3 = 6, then add 1." } } };

async function quiz(req, res, moduleId) {
  const doc = lesson(moduleId);
  if (!doc?.quiz) return json(res, 404, { detail: `There is no module '${moduleId}'.` });
  const b = await body(req);
  if (!b || typeof b.answers !== "object" || b.answers === null) return json(res, 422, { detail: "The request field 'answers' is required." });
  const results = doc.quiz.questions.map((q) => {
    const spec = QUIZ[q.id];
    const given = b.answers[q.id];
    const correct = typeof spec.right === "number" ? Math.abs(Number(given) - spec.right) < 0.01 : given === spec.right;
    return { id: q.id, correct, explanation: correct ? null : (spec.why[given] ?? "Look back at the worked example."), answer_text: spec.answer };
  });
  return json(res, 200, { score: results.filter((r) => r.correct).length, total: results.length, results });
}

function file(res, path) {
  const target = normalize(join(dist, path));
  const inside = target.startsWith(dist) && existsSync(target) && statSync(target).isFile();
  const chosen = inside ? target : join(dist, "index.html");
  if (!existsSync(chosen)) return json(res, 503, { detail: "The web app is not built yet: run npm run build." });
  res.writeHead(200, { "Content-Type": TYPES[extname(chosen)] ?? "application/octet-stream" });
  res.end(readFileSync(chosen));
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const p = url.pathname;
  let m;
  if (p === "/api/health") return json(res, 200, { ok: true, version: "fixture", runner: "python3 (fixture)" });
  if (p === "/api/course") return json(res, 200, course);
  if ((m = /^\/api\/modules\/([^/]+)$/.exec(p))) {
    const doc = lesson(decodeURIComponent(m[1]));
    return doc ? json(res, 200, doc) : json(res, 404, { detail: `There is no module '${m[1]}'.` });
  }
  if (p === "/api/run" && req.method === "POST") return run(req, res);
  if ((m = /^\/api\/exercises\/([^/]+)\/([^/]+)\/check$/.exec(p)) && req.method === "POST") return check(req, res, m[1], m[2]);
  if ((m = /^\/api\/exercises\/([^/]+)\/([^/]+)\/solution$/.exec(p)) && req.method === "POST") return solution(res, m[1], m[2]);
  if ((m = /^\/api\/quiz\/([^/]+)\/check$/.exec(p)) && req.method === "POST") return quiz(req, res, m[1]);
  if (p.startsWith("/api/")) return json(res, 404, { detail: `No API route ${p}.` });
  return file(res, decodeURIComponent(p));
}).listen(port, "127.0.0.1", () => console.log(`fixture server on http://127.0.0.1:${port}`));
