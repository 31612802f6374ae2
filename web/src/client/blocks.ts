/**
 * The lesson's block kinds, as docs/api.md fixes them. The server's OpenAPI schema types a
 * block as an open object (each kind has its own fields), so the shapes are spelled out here;
 * every other type the client uses comes from the generated schema.ts.
 */
import type { components } from "./schema";

type Step = components["schemas"]["StepOut"];

export type ProseBlock = { kind: "prose"; html: string };
export type TermBlock = { kind: "term"; term: string; html: string };
export type WorkedBlock = { kind: "worked"; concept: string; title: string | null; inputs: Record<string, unknown>; steps: Step[] };
export type DemoBlock = { kind: "demo"; demo: string; props: Record<string, unknown> };
export type PredictBlock = {
  kind: "predict";
  question_html: string;
  /** null when the learner answers in their head. */
  choices: string[] | null;
  /** Index into choices, or the answer in words. */
  answer: number | string | null;
  reveal_html: string;
};
export type CodeBlock = { kind: "code"; id: string; source: string; expected_output: string | null };
export type NoteBlock = { kind: "note"; style: "tip" | "mistake" | "aside" | "real-world"; html: string };
export type FigureBlock = { kind: "figure"; src: string; alt: string; caption: string | null };
export type ExerciseBlock = { kind: "exercise"; slug: string };
export type QuizBlock = { kind: "quiz" };

export type Block =
  | ProseBlock
  | TermBlock
  | WorkedBlock
  | DemoBlock
  | PredictBlock
  | CodeBlock
  | NoteBlock
  | FigureBlock
  | ExerciseBlock
  | QuizBlock;

export const BLOCK_KINDS: readonly Block["kind"][] = ["prose", "term", "worked", "demo", "predict", "code", "note", "figure", "exercise", "quiz"];

/** Keep the blocks this app knows how to show; a newer server's new kind is skipped, not a crash. */
export function knownBlocks(blocks: readonly Record<string, unknown>[]): Block[] {
  return blocks.filter((b): b is Block => typeof b.kind === "string" && (BLOCK_KINDS as readonly string[]).includes(b.kind));
}
