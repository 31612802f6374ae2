/**
 * What a language model's loss means: pick a vocabulary size and a loss. See the loss of pure
 * guessing, ln(V), and the perplexity e^loss: "as unsure as picking between that many tokens".
 * Markers show real numbers from this course's character GPT.
 */
import { lastValue, perplexity, uniformLoss, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Loss meter: loss, guessing and perplexity";

export const VOCAB: Range = { min: 2, max: 100, step: 1 };
/** Bigger vocabularies come from buttons; the URL may hold any size up to this. */
export const MAX_VOCAB = 100000;
export const LOSS: Range = { min: 0, max: 12, step: 0.01 };

/** Vocabulary sizes from real models. */
export const VOCABS = [
  { vocab: 76, label: "76: our Shakespeare characters" },
  { vocab: 65, label: "65: tiny Shakespeare (nanoGPT)" },
  { vocab: 50257, label: "50,257: GPT-2's tokens" },
] as const;

/**
 * Real losses of the character GPT (76 characters), measured with fromzero.training.engine.train
 * and fromzero.training.recipes.shipped_metrics("char-gpt"); nanoGPT's from docs/benchmarks.md.
 */
export const MARKERS = [
  { loss: 4.388, label: "char-gpt, first step" },
  { loss: 2.4628, label: "char-gpt after 300 steps (the lesson's run)" },
  { loss: 1.879, label: "nanoGPT's small CPU run" },
  { loss: 1.6106, label: "the shipped char-gpt" },
] as const;

export type LossMeterState = { vocab: number; loss: number };

export function normalise(p: Record<string, unknown>): LossMeterState {
  const vocab = Math.round(clamp(numberProp(p.vocab, 76), VOCAB.min, MAX_VOCAB));
  const loss = Math.round(clamp(numberProp(p.loss, 4.388), LOSS.min, LOSS.max) * 100000) / 100000;
  return { vocab, loss };
}

export type Verdict = "perfect" | "better" | "guessing" | "worse";

export interface LossMeterView {
  /** ln(V): the loss of spreading the chances evenly. */
  baseline: number;
  baselineSteps: Step[];
  /** e^loss. */
  perplexity: number;
  perplexitySteps: Step[];
  verdict: Verdict;
  /** How many times fewer choices than pure guessing: V ÷ perplexity. */
  fewer: number;
  /** The right end of the scale: a little past the loss and the baseline. */
  scaleMax: number;
}

/** Within this much of ln(V), the loss counts as "about pure guessing" (a first step lands here). */
export const NEAR = 0.1;

export function verdictOf(loss: number, baseline: number): Verdict {
  if (loss === 0) return "perfect";
  if (Math.abs(loss - baseline) <= NEAR) return "guessing";
  return loss < baseline ? "better" : "worse";
}

export function compute(s: LossMeterState): LossMeterView {
  const baselineSteps = uniformLoss(s.vocab);
  const baseline = lastValue(baselineSteps);
  const perplexitySteps = perplexity(s.loss);
  const ppl = lastValue(perplexitySteps);
  return {
    baseline,
    baselineSteps,
    perplexity: ppl,
    perplexitySteps,
    verdict: verdictOf(s.loss, baseline),
    fewer: s.vocab / ppl,
    scaleMax: Math.max(5, Math.ceil(Math.max(s.loss, baseline) + 0.5)),
  };
}

/** Where a loss sits on the scale, as a percentage of its width. */
export function percentOf(loss: number, scaleMax: number): number {
  return clamp((loss / scaleMax) * 100, 0, 100);
}
