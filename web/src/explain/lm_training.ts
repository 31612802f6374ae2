/**
 * Training a language model to guess the next token (mirrors fromzero/explain/lm_training.py).
 * shiftPairs: cut a window out of a text; the inputs are the window without its last
 * character, the targets the same window moved one place. Guess t reads inputs 1 to t.
 * uniformLoss: chances spread evenly over V tokens give a loss of ln(V).
 * perplexity: e to the power of the loss.
 * sequenceLoss: −ln of the chance of the right token at each position, then the mean.
 * Positions are counted from 1, as the lesson counts its guesses.
 */
import { fmt, type Step, addAll } from "./steps";
import { charsOf, showChar } from "./text";

const ln = (x: number): number => (x === 0 ? -Infinity : Math.log(x));


function whole(x: number, name: string, low: number): number {
  if (!Number.isInteger(x) || x < low) throw new Error(`${name} must be a whole number of ${low} or more: got ${x}.`);
  return x;
}

const shown = (chars: readonly string[]) => chars.map(showChar).join(", ");

/** The inputs and targets of one window: windowPairs("To be", 4) -> T,o,␣,b and o,␣,b,e. */
export function windowPairs(text: string, block: number, start = 0): { inputs: string[]; targets: string[] } {
  const chars = charsOf(text);
  const window = chars.slice(start, start + block + 1);
  return { inputs: window.slice(0, -1), targets: window.slice(1) };
}

/** shiftPairs("To be", 4): inputs T, o, ␣, b and targets o, ␣, b, e; final value 4 pairs. */
export function shiftPairs(text: string, blockIn?: number, startIn = 0): Step[] {
  const chars = charsOf(text);
  const start = whole(startIn, "start", 0);
  let block: number;
  if (blockIn === undefined) {
    block = chars.length - 1 - start;
    if (block < 1) throw new Error("The text needs at least 2 characters after the start: one to read and one to guess.");
  } else {
    block = blockIn;
  }
  block = whole(block, "block", 1);
  const need = start + block + 1;
  if (need > chars.length) {
    throw new Error(
      `A window of ${block} inputs needs ${block + 1} characters from position ${start}, but the text has only ${chars.length - start} from there.`,
    );
  }
  const window = chars.slice(start, need);
  const inputs = window.slice(0, -1);
  const targets = window.slice(1);
  const steps: Step[] = [
    {
      text: `The text has ${chars.length} characters. Cut out a window of ${block} + 1 = ${block + 1} of them, starting at position ${start}.`,
      expr: shown(window),
      value: block + 1,
    },
    { text: "The inputs: every character of the window but the last.", expr: shown(inputs), value: block },
    { text: "The targets: every character but the first. It is the same window, moved one place to the left.", expr: shown(targets), value: block },
  ];
  for (let t = 1; t <= block; t++) {
    const seen = inputs.slice(0, t).map(showChar).join("");
    const reads = t === 1 ? "input 1" : `inputs 1 to ${t}`;
    steps.push({ text: `Guess ${t}: read ${reads}, and guess target ${t}.`, expr: `${seen} → ${showChar(targets[t - 1]!)}`, value: t });
  }
  steps.push({ text: "Count the pairs: one guess for each input, all from one window.", expr: `${block} inputs → ${block} guesses`, value: block });
  return steps;
}

/** uniformLoss(65): each chance is 1 ÷ 65 = 0.0154, and −ln(1 ÷ 65) = ln(65) = 4.1744. */
export function uniformLoss(vocab: number): Step[] {
  const v = whole(vocab, "vocab", 1);
  const chance = 1 / v;
  const loss = -ln(chance);
  const lnV = ln(v);
  return [
    { text: `Spread the chances evenly: each of the ${v} tokens gets the same chance.`, expr: `1 ÷ ${v} = ${fmt(chance)}`, value: chance },
    {
      text: "The loss is −ln of the chance of the right token. Every token has this chance, so whatever the right token is, the loss is the same.",
      expr: `−ln(${fmt(chance)}) = ${fmt(loss)}`,
      value: loss,
    },
    { text: "That is ln of the vocabulary size: the loss of pure guessing.", expr: `ln(${v}) = ${fmt(lnV)}`, value: lnV },
  ];
}

/** perplexity(1.6106): e^1.6106 = 5.0058, as unsure as picking between about 5 tokens. */
export function perplexity(loss: number): Step[] {
  if (Number.isNaN(loss) || loss < 0) throw new Error(`A cross-entropy loss is 0 or more: got ${loss}.`);
  const value = Math.exp(loss);
  return [
    { text: "Perplexity is e to the power of the loss.", expr: `e^${fmt(loss)} = ${fmt(value)}`, value },
    { text: "So the model is as unsure as if it picked from this many tokens, each equally likely.", expr: `perplexity = ${fmt(value)}`, value },
  ];
}

/** sequenceLoss([0.5, 0.25, 0.8]): −ln of each chance, 0.6931, 1.3863, 0.2231, mean 0.7675. */
export function sequenceLoss(chances: readonly number[], show?: number): Step[] {
  const probs = chances.map(Number);
  if (probs.length === 0) throw new Error("sequence_loss needs the chance of at least one position.");
  if (probs.some((p) => Number.isNaN(p) || p < 0 || p > 1)) throw new Error("Each chance must be a number from 0 to 1.");
  const steps: Step[] = [];
  const losses = probs.map((p, i) => {
    const loss = -ln(p);
    steps.push({ text: `Position ${i + 1}: the right token got the chance ${fmt(p)}. Its loss is −ln of that.`, expr: `−ln(${fmt(p)}) = ${fmt(loss)}`, value: loss });
    return loss;
  });
  const total = addAll(losses);
  const mean = total / losses.length;
  const expr = losses.length === 1 ? `${fmt(total)} ÷ 1 = ${fmt(mean)}` : `(${losses.map((v) => fmt(v)).join(" + ")}) ÷ ${losses.length} = ${fmt(mean)}`;
  steps.push({ text: "The mean: add the losses and divide by how many positions there are.", expr, value: mean });
  if (show !== undefined) {
    if (!Number.isInteger(show) || show < 1 || show > losses.length) throw new Error(`show must be a position from 1 to ${losses.length}: got ${show}.`);
    steps.push({ text: `So the loss at position ${show} is:`, expr: `loss at position ${show} = ${fmt(losses[show - 1]!)}`, value: losses[show - 1]! });
  }
  return steps;
}
