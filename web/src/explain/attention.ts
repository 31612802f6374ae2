/**
 * Attention (mirrors fromzero/explain/attention.py): one word looks at every word.
 * attentionScores: the dot product of the word we look from with every word's vector.
 * weightedAverage: mix vectors with weights that add up to 1, one output number at a time.
 * attention: the scores, softmax turns them into weights, then the weighted average.
 * `show` (from 0) picks the final value: a word's score, or a number of the output vector
 * (for attention and weightedAverage it defaults to 0, the first number of the output).
 */
import { fmt, type Step, addAll, br } from "./steps";



function labels(n: number, words?: readonly string[]): string[] {
  if (words === undefined) return Array.from({ length: n }, (_, i) => `word ${i + 1}`);
  if (words.length !== n) throw new Error(`Give one word per vector: got ${words.length} words and ${n} vectors.`);
  return words.map((w) => `"${w}"`);
}

function checkVectors(vectors: readonly (readonly number[])[], size?: number): number {
  if (vectors.length === 0) throw new Error("Attention needs at least one word vector.");
  const n = size ?? vectors[0]!.length;
  if (n === 0) throw new Error("Each vector needs at least one number.");
  for (const v of vectors) {
    if (v.length !== n) throw new Error(`Every vector needs the same length: got ${v.length} and ${n}.`);
  }
  return n;
}

function pick(show: number, n: number, what: string): number {
  if (!Number.isInteger(show) || show < 0 || show >= n) throw new Error(`show picks ${what} from 0 to ${n - 1}: got ${show}.`);
  return show;
}

/** One dot product per word: how well each word's vector lines up with the query. */
export function attentionScoreList(query: readonly number[], vectors: readonly (readonly number[])[]): number[] {
  return vectors.map((v) => addAll(query.map((q, j) => q * v[j]!)));
}

/** Softmax without steps (plain, like the worked steps): attentionWeightList([0, 0]) -> [0.5, 0.5]. */
export function attentionWeightList(scores: readonly number[]): number[] {
  const powers = scores.map((s) => Math.exp(s));
  const total = addAll(powers);
  return powers.map((p) => p / total);
}

/** The weighted average of the vectors, number by number. */
export function attentionMix(weights: readonly number[], vectors: readonly (readonly number[])[]): number[] {
  const size = vectors[0]?.length ?? 0;
  return Array.from({ length: size }, (_, j) => addAll(weights.map((w, i) => w * vectors[i]![j]!)));
}

function dotSteps(query: readonly number[], vectors: readonly (readonly number[])[], names: string[]): Step[] {
  return vectors.map((v, i) => {
    const score = addAll(query.map((q, j) => q * v[j]!));
    const parts = query.map((q, j) => `${fmt(q)} × ${br(v[j]!)}`).join(" + ");
    return { text: `Score for ${names[i]}: the dot product with the word we look from.`, expr: `${parts} = ${fmt(score)}`, value: score };
  });
}

function mixSteps(weights: readonly number[], vectors: readonly (readonly number[])[], size: number): Step[] {
  return Array.from({ length: size }, (_, j) => {
    const value = addAll(weights.map((w, i) => w * vectors[i]![j]!));
    const parts = weights.map((w, i) => `${fmt(w)} × ${br(vectors[i]![j]!)}`).join(" + ");
    return {
      text: `Output number ${j + 1}: each weight times number ${j + 1} of its word's vector, added up.`,
      expr: `${parts} = ${fmt(value)}`,
      value,
    };
  });
}

export function attentionScores(query: readonly number[], vectors: readonly (readonly number[])[], words?: readonly string[], show?: number): Step[] {
  checkVectors(vectors, query.length);
  const names = labels(vectors.length, words);
  const steps = dotSteps(query, vectors, names);
  if (show !== undefined) {
    const k = pick(show, vectors.length, "a word");
    const v = steps[k]!.value;
    steps.push({ text: `So the score for ${names[k]} is:`, expr: `score = ${fmt(v)}`, value: v });
  }
  return steps;
}

export function weightedAverage(weights: readonly number[], vectors: readonly (readonly number[])[], show = 0): Step[] {
  const size = checkVectors(vectors);
  if (weights.length !== vectors.length) {
    throw new Error(`Give one weight per vector: got ${weights.length} weights and ${vectors.length} vectors.`);
  }
  const total = addAll(weights);
  const steps: Step[] = [{ text: "The weights add up to:", expr: `${weights.map((w) => fmt(w)).join(" + ")} = ${fmt(total)}`, value: total }];
  steps.push(...mixSteps(weights, vectors, size));
  const k = pick(show, size, "a number of the output");
  const v = steps[k + 1]!.value;
  steps.push({ text: `So number ${k + 1} of the output is:`, expr: `output number ${k + 1} = ${fmt(v)}`, value: v });
  return steps;
}

export function attention(query: readonly number[], vectors: readonly (readonly number[])[], words?: readonly string[], show = 0): Step[] {
  const size = checkVectors(vectors, query.length);
  const names = labels(vectors.length, words);
  const steps = dotSteps(query, vectors, names);
  const powers = steps.map((s, i) => {
    const p = Math.exp(s.value);
    return { p, step: { text: `Softmax, ${names[i]}: e to the power of its score.`, expr: `e^${fmt(s.value)} = ${fmt(p)}`, value: p } };
  });
  steps.push(...powers.map((x) => x.step));
  const total = addAll(powers.map((x) => x.p));
  steps.push({ text: "Add the powers up.", expr: `${powers.map((x) => fmt(x.p)).join(" + ")} = ${fmt(total)}`, value: total });
  const weights = powers.map(({ p }, i) => {
    const w = p / total;
    steps.push({ text: `Weight for ${names[i]}: its power divided by the total.`, expr: `${fmt(p)} ÷ ${fmt(total)} = ${fmt(w)}`, value: w });
    return w;
  });
  const mixed = mixSteps(weights, vectors, size);
  steps.push(...mixed);
  const k = pick(show, size, "a number of the output");
  const v = mixed[k]!.value;
  steps.push({ text: `So number ${k + 1} of the output is:`, expr: `output number ${k + 1} = ${fmt(v)}`, value: v });
  return steps;
}
