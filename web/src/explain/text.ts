/** Worked steps for text as numbers (mirrors fromzero/explain/text.py). */
import { fmt, type Step } from "./steps";

const SHOWN: Readonly<Record<string, string>> = { " ": "\u2423", "\n": "\u21b5", "\t": "\u21e5" };

/** showChar(" ") -> "␣": a character as the steps print it. */
export function showChar(ch: string): string {
  return SHOWN[ch] ?? ch;
}

/** The characters of a text, one per code point (as Python iterates a string). */
export function charsOf(text: string): string[] {
  return Array.from(text);
}

const byCode = (a: string, b: string) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0);

/** sortedChars("hello world") -> [" ", "d", "e", "h", "l", "o", "r", "w"]. */
export function sortedChars(text: string): string[] {
  return Array.from(new Set(charsOf(text))).sort(byCode);
}

function oneChar(ch: string, name: string): string {
  if (charsOf(ch).length !== 1) throw new Error(`${name} must be exactly one character, not '${ch}'.`);
  return ch;
}

const table = (chars: readonly string[]) => chars.map((ch, i) => `${showChar(ch)} → ${i}`).join(", ");

/** vocabulary("hello world") -> 8 characters: ␣ → 0, d → 1, e → 2, h → 3, l → 4, ... */
export function vocabulary(text: string, char?: string): Step[] {
  const all = charsOf(text);
  if (all.length === 0) throw new Error("The text is empty, so it has no characters to put in a vocabulary.");
  const firsts = Array.from(new Set(all));
  const chars = sortedChars(text);
  const size = chars.length;
  const sortText = chars.includes(" ") ? "Sort them in the computer's order. A space comes first." : "Sort them in the computer's order.";
  const steps: Step[] = [
    {
      text: `The text has ${all.length} characters. Keep one of each different character.`,
      expr: firsts.map(showChar).join(", "),
      value: size,
    },
    { text: sortText, expr: chars.map(showChar).join(", "), value: size },
    { text: "Give each character its position in the sorted list. That position is its id.", expr: table(chars), value: size },
  ];
  if (char === undefined) {
    steps.push({ text: "Count them. That is the size of the vocabulary.", expr: `vocabulary size = ${size}`, value: size });
  } else {
    oneChar(char, "char");
    const ident = chars.indexOf(char);
    if (ident < 0) throw new Error(`The character ${showChar(char)} is not in the text, so it has no id.`);
    steps.push({ text: `Look up ${showChar(char)} to find its id.`, expr: `${showChar(char)} → ${ident}`, value: ident });
  }
  return steps;
}

/** The ids themselves: encodeIds("hole", "hello") -> [1, 3, 2, 0] (null for an unknown character). */
export function encodeIds(text: string, source: string = text): (number | null)[] {
  const chars = sortedChars(source);
  return charsOf(text).map((ch) => {
    const i = chars.indexOf(ch);
    return i < 0 ? null : i;
  });
}

/** encode("hello world") -> [3, 2, 4, 4, 5, 0, 7, 5, 6, 4, 1]; the final value is the last id. */
export function encode(text: string, source?: string, position?: number): Step[] {
  const all = charsOf(text);
  if (all.length === 0) throw new Error("The text is empty, so there is nothing to encode.");
  const chars = sortedChars(source ?? text);
  const ids = new Map(chars.map((ch, i) => [ch, i] as const));
  const missing = Array.from(new Set(all)).filter((ch) => !ids.has(ch));
  if (missing.length > 0) throw new Error(`The character ${showChar(missing[0]!)} is not in the vocabulary, so it has no id.`);
  const at = position ?? all.length - 1;
  if (!Number.isInteger(at) || at < 0 || at >= all.length) throw new Error(`The text has positions 0 to ${all.length - 1}; got ${at}.`);
  const where = source === undefined ? "the text itself" : "the training text";
  const steps: Step[] = [
    { text: `Build the vocabulary from ${where}: each different character, sorted, with its position as its id.`, expr: table(chars), value: chars.length },
  ];
  const out = all.map((ch) => ids.get(ch)!);
  all.forEach((ch, i) => {
    steps.push({ text: `Position ${i}: look up ${showChar(ch)}.`, expr: `${showChar(ch)} → ${out[i]}`, value: out[i]! });
  });
  steps.push({
    text: `Put the ids in a list, in the order of the text. The id at position ${at} is ${out[at]}.`,
    expr: `[${out.join(", ")}]`,
    value: out[at]!,
  });
  return steps;
}

/** followers("hello world", "l") -> ["l", "o", "d"]: what comes right after each "l". */
export function followers(text: string, first: string): string[] {
  const all = charsOf(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < all.length; i++) if (all[i] === first) out.push(all[i + 1]!);
  return out;
}

/** The counts after `first`, keyed by the next character in sorted order: {d: 1, l: 1, o: 1}. */
export function countsAfter(text: string, first: string): [string, number][] {
  const after = followers(text, first);
  return Array.from(new Set(after))
    .sort(byCode)
    .map((ch) => [ch, after.filter((x) => x === ch).length]);
}

/** The most likely next character: the biggest count, ties going to the earlier character. */
export function mostLikely(counts: readonly [string, number][]): string | null {
  let best: [string, number] | null = null;
  for (const pair of counts) if (best === null || pair[1] > best[1]) best = pair;
  return best === null ? null : best[0];
}

/** bigramCounts("hello world", "l") -> d: 1, l: 1, o: 1 of 3, each chance 1 ÷ 3 = 0.3333. */
export function bigramCounts(text: string, first: string, show?: string): Step[] {
  oneChar(first, "first");
  const after = followers(text, first);
  const f = showChar(first);
  if (after.length === 0) throw new Error(`In this text, ${f} is never followed by another character, so there is nothing to count.`);
  const counts = countsAfter(text, first);
  const total = after.length;
  const steps: Step[] = [
    {
      text: `Find each ${f} that has a character after it. Write down that next character.`,
      expr: after.map((ch) => `${f} → ${showChar(ch)}`).join(", "),
      value: total,
    },
  ];
  for (const [ch, c] of counts) {
    steps.push({ text: `Count how often ${showChar(ch)} comes right after ${f}.`, expr: `${f} → ${showChar(ch)}: ${c}`, value: c });
  }
  const sumExpr = counts.length === 1 ? `row total = ${total}` : `${counts.map(([, c]) => c).join(" + ")} = ${total}`;
  steps.push({ text: "Add up the counts. That is the row total.", expr: sumExpr, value: total });
  for (const [ch, c] of counts) {
    steps.push({
      text: `The chance of ${showChar(ch)} next: divide its count by the total.`,
      expr: `${c} ÷ ${total} = ${fmt(c / total)}`,
      value: c / total,
    });
  }
  if (show === undefined) {
    const best = mostLikely(counts)!;
    const bestCount = counts.find(([ch]) => ch === best)![1];
    const chance = bestCount / total;
    const tied = counts.filter(([, c]) => c === bestCount).length > 1;
    const textBest = tied ? "Pick the biggest chance. Some tie, so take the one that comes first in sorted order." : "Pick the biggest chance.";
    steps.push({
      text: `${textBest} The most likely character after ${f} is ${showChar(best)}.`,
      expr: `${f} → ${showChar(best)}: ${fmt(chance)}`,
      value: chance,
    });
  } else {
    oneChar(show, "show");
    const c = counts.find(([ch]) => ch === show)?.[1] ?? 0;
    if (c === 0) {
      steps.push({ text: `${showChar(show)} never comes right after ${f} here, so its chance is 0.`, expr: `0 ÷ ${total} = 0`, value: 0 });
    } else {
      steps.push({ text: `The chance of ${showChar(show)} after ${f}.`, expr: `${c} ÷ ${total} = ${fmt(c / total)}`, value: c / total });
    }
  }
  return steps;
}
