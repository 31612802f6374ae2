/** What the map says about one module, from its stats and its list of exercises. */
import type { ModuleStats } from "./events";

export interface ModuleSummaryText {
  visited: boolean;
  passed: number;
  total: number;
  quiz: string | null;
  /** Read aloud as one sentence, e.g. "Visited. 2 of 3 exercises passed. Best quiz score 5 of 6." */
  sentence: string;
}

export function summarise(stats: ModuleStats | undefined, exerciseSlugs: readonly string[]): ModuleSummaryText {
  const passed = exerciseSlugs.filter((s) => stats?.passed.has(s)).length;
  const total = exerciseSlugs.length;
  const best = stats?.bestQuiz ?? null;
  const quiz = best ? `${best.score}/${best.total}` : null;
  const parts = [
    stats?.visited ? "Visited." : "Not started.",
    total ? `${passed} of ${total} exercises passed.` : "",
    best ? `Best quiz score ${best.score} of ${best.total}.` : "",
  ];
  return { visited: Boolean(stats?.visited), passed, total, quiz, sentence: parts.filter(Boolean).join(" ") };
}
