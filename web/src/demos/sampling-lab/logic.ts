/**
 * The sampling lab: a made-up model's scores (logits) for seven next words after "I like to
 * eat", and the three knobs people turn when a model writes. Every stage is shown: divide by the
 * temperature, softmax, the top-k cut, the top-p cut (each renormalised), and 20 seeded draws.
 *
 * Temperature 0 means greedy: all the chance goes to the biggest score. top-k 0 and top-p 1
 * mean "off". The order of the stages is the one fromzero/scratch/sampling.py uses.
 */
import { fmt, ranked, temperature, type Step } from "../../explain";
import { seededRandom } from "../random";
import { clamp, numberListProp, numberProp, snap, type Range } from "../state";

export const TITLE = "Temperature, top-k and top-p on seven words";

export const WORDS = ["cake", "pizza", "apples", "soup", "bread", "socks", "rocks"] as const;
export const START_SCORES = [2, 1.5, 1, 0.5, 0.2, -1, -1.5];
export const SCORE: Range = { min: -5, max: 5, step: 0.1 };
export const TEMPERATURE: Range = { min: 0, max: 2, step: 0.05 };
export const TOP_K: Range = { min: 0, max: WORDS.length, step: 1 };
export const TOP_P: Range = { min: 0.05, max: 1, step: 0.05 };
export const DRAWS = 20;

export type SamplingState = {
  scores: number[];
  /** 0 = greedy. */
  t: number;
  /** 0 = off. */
  k: number;
  /** 1 = off. */
  p: number;
  /** How many times "sample" was pressed: 0 = not yet. It is also the seed. */
  runs: number;
};

export function normalise(props: Record<string, unknown>): SamplingState {
  const given = numberListProp(props.scores, START_SCORES, SCORE.min, SCORE.max);
  const scores = WORDS.map((_, i) => snap(given[i] ?? START_SCORES[i]!, SCORE));
  return {
    scores,
    t: snap(numberProp(props.t, 1), TEMPERATURE),
    k: snap(numberProp(props.k, 0), TOP_K),
    p: snap(numberProp(props.p, 1), TOP_P),
    runs: Math.round(clamp(numberProp(props.runs, 0), 0, 1e6)),
  };
}

/** Softmax the stable way (the biggest taken away first, so nothing overflows). */
export function softmaxOf(z: readonly number[]): number[] {
  const biggest = Math.max(...z);
  const ups = z.map((v) => (v === -Infinity ? 0 : Math.exp(v - biggest)));
  const total = ups.reduce((a, b) => a + b, 0);
  return ups.map((u) => u / total);
}

/** Keep the positions in `kept`, set the rest to 0, divide the kept ones by their total. */
export function renormalise(chances: readonly number[], kept: readonly number[]): number[] {
  const total = kept.reduce((a, i) => a + chances[i]!, 0);
  return chances.map((c, i) => (kept.includes(i) ? c / total : 0));
}

/** The k most likely (a tie keeps the earlier word), renormalised; k 0 = off. */
export function topK(chances: readonly number[], k: number): number[] {
  if (k <= 0 || k >= chances.length) return [...chances];
  return renormalise(chances, ranked(chances).slice(0, k));
}

/** The smallest set of most likely words whose chances add up to at least p, renormalised. */
export function topP(chances: readonly number[], p: number): number[] {
  if (p >= 1) return [...chances];
  const kept: number[] = [];
  let running = 0;
  for (const i of ranked(chances)) {
    if (chances[i]! === 0) break;
    kept.push(i);
    running += chances[i]!;
    if (running >= p - 1e-12) break;
  }
  return renormalise(chances, kept);
}

/** Pick a position by its chance: walk the running total until it passes r (0 up to 1). */
export function pick(chances: readonly number[], r: number): number {
  let running = 0;
  let last = 0;
  for (let i = 0; i < chances.length; i++) {
    if (chances[i]! <= 0) continue;
    last = i;
    running += chances[i]!;
    if (r < running) return i;
  }
  return last; // r so close to 1 that rounding left it past the end
}

export interface Stage {
  name: string;
  values: number[];
  texts: string[];
}

export interface SamplingView {
  greedy: boolean;
  divided: number[] | null;
  stages: Stage[];
  final: number[];
  kept: number;
  best: number;
  counts: number[] | null;
  draws: number[];
  steps: Step[];
}

const texts = (values: readonly number[]) => values.map((v) => fmt(v));

export function compute(s: SamplingState): SamplingView {
  const greedy = s.t === 0;
  const best = ranked(s.scores)[0]!;
  let divided: number[] | null = null;
  let stages: Stage[];
  let final: number[];
  let steps: Step[] = [];
  if (greedy) {
    final = s.scores.map((_, i) => (i === best ? 1 : 0));
    stages = [{ name: "greedy", values: final, texts: texts(final) }];
  } else {
    divided = s.scores.map((v) => v / s.t);
    const chances = softmaxOf(divided);
    const afterK = topK(chances, s.k);
    final = topP(afterK, s.p);
    stages = [
      { name: "softmax", values: chances, texts: texts(chances) },
      { name: s.k === 0 ? "top-k (off)" : `top-${s.k}`, values: afterK, texts: texts(afterK) },
      { name: s.p === 1 ? "top-p (off)" : `top-p ${fmt(s.p)}`, values: final, texts: texts(final) },
    ];
    // Worked steps only while every number stays small enough for e to the power of it.
    if (Math.max(...divided) <= 700) steps = temperature(s.scores, s.t, best, [...WORDS]);
  }
  let counts: number[] | null = null;
  const draws: number[] = [];
  if (s.runs > 0) {
    const rand = seededRandom(s.runs);
    counts = WORDS.map(() => 0);
    for (let i = 0; i < DRAWS; i++) {
      const w = pick(final, rand());
      draws.push(w);
      counts[w] = counts[w]! + 1;
    }
  }
  return { greedy, divided, stages, final, kept: final.filter((c) => c > 0).length, best, counts, draws, steps };
}
