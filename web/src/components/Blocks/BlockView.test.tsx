import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Lesson } from "../../client";
import { BLOCK_KINDS, knownBlocks } from "../../client/blocks";
import { BlockView } from "./BlockView";

const here = dirname(fileURLToPath(import.meta.url));
const lesson = JSON.parse(readFileSync(resolve(here, "../../../e2e/fixtures/m2.1-simplest-neuron.json"), "utf-8")) as Lesson;

function render(kind: string): string {
  const i = lesson.blocks.findIndex((b) => b.kind === kind);
  return renderToString(<BlockView block={lesson.blocks[i]!} ctx={{ lesson, occurrence: 1 }} />);
}

describe("BlockView", () => {
  it("has a renderer for every block kind of docs/api.md", () => {
    const fixtureKinds = new Set(lesson.blocks.map((b) => b.kind));
    for (const kind of BLOCK_KINDS.filter((k) => k !== "figure")) expect(fixtureKinds.has(kind), kind).toBe(true);
  });
  it("renders a worked example from the server's steps", () => {
    expect(render("worked")).toContain("5 × 0.5 = 2.5");
  });
  it("asks a prediction before revealing it", () => {
    const html = render("predict");
    expect(html).toContain("Show the answer");
    expect(html).not.toContain("2 × 3 = 6");
  });
  it("names a note by its style and a term by its word", () => {
    expect(render("note")).toContain("Common mistake");
    expect(render("term")).toContain("<dfn>weight</dfn>");
  });
  it("shows an exercise as not attempted with its hint ladder closed", () => {
    const html = render("exercise");
    expect(html).toContain("Not attempted");
    expect(html).toContain("Show a hint");
    expect(html).not.toContain("Hint 1 of");
  });
  it("lists every quiz question", () => {
    expect(render("quiz").match(/data-question=/g)).toHaveLength(lesson.quiz.questions.length);
  });
  it("shows a code block with its source in the plain editor until Monaco arrives", () => {
    const html = render("code");
    expect(html).toContain("print(x * w + b)");
    expect(html).toContain('data-editor="loading"');
  });
  it("drops the repeated title from prose and keeps a single h1", () => {
    const doc = { ...lesson, blocks: [{ kind: "prose" as const, html: `<h1>${lesson.title}</h1><p>Hi</p>` }] };
    const html = renderToString(<BlockView block={doc.blocks[0]!} ctx={{ lesson: doc, occurrence: 1 }} />);
    expect(html).not.toContain("<h1>");
  });
});

describe("knownBlocks", () => {
  it("skips block kinds this app does not know", () => {
    expect(knownBlocks([{ kind: "prose", html: "" }, { kind: "hologram" }, {}])).toEqual([{ kind: "prose", html: "" }]);
  });
});
