/** Turn what the learner typed or picked into the answers object the server checks. */
import type { QuizAnswers, QuizQuestion } from "../../client";

/** Numbers as numbers ("0,5", "−2" and "  3 " included); choices by their id. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, "-").replace(/,/g, ".");
  if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

export function buildAnswers(questions: readonly QuizQuestion[], raw: Record<string, string>): QuizAnswers {
  const out: QuizAnswers = {};
  for (const q of questions) {
    const v = raw[q.id];
    if (v === undefined || v.trim() === "") continue;
    if (q.kind === "numeric") {
      const n = parseNumber(v);
      out[q.id] = n ?? v;
    } else {
      out[q.id] = v;
    }
  }
  return out;
}
