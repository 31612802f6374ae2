/** Worked steps for embeddings, m9.2 (mirrors fromzero/explain/embed.py). */
import { fmt, type Step } from "./steps";

type Table = readonly (readonly number[])[];

/** A number written after an operator: negatives get brackets, (−0.2). */
function p(x: number): string {
  const text = fmt(x);
  return text.startsWith("\u2212") ? `(${text})` : text;
}

export function rowText(row: readonly number[]): string {
  return `[${row.map((v) => fmt(v)).join(", ")}]`;
}

function checkTable(table: Table): [number, number] {
  const width = table[0]?.length ?? 0;
  if (table.length === 0 || width === 0 || table.some((row) => row.length !== width)) {
    throw new Error("An embedding table needs at least one row, and every row the same length.");
  }
  return [table.length, width];
}

function checkId(tokenId: number, rows: number): number {
  if (!Number.isInteger(tokenId) || tokenId < 0 || tokenId >= rows) {
    throw new Error(`The table has ${rows} rows, ids 0 to ${rows - 1}: there is no token id ${tokenId}.`);
  }
  return tokenId;
}

function pick(steps: Step[], row: readonly number[], show: number | null): Step[] {
  if (show === null) return steps;
  if (!Number.isInteger(show) || show < 0 || show >= row.length) {
    throw new Error(`show picks a number from 0 to ${row.length - 1}: got ${show}.`);
  }
  steps.push({ text: `So number ${show + 1} of the embedding is:`, expr: fmt(row[show]!), value: row[show]! });
  return steps;
}

/** lookup([[1, 2], [3, 4], [5, 6]], 1): row 1 (counting from 0) is [3, 4]. */
export function lookup(table: Table, tokenId: number, show: number | null = null): Step[] {
  const [rows, width] = checkTable(table);
  const i = checkId(tokenId, rows);
  const row = [...table[i]!];
  const steps: Step[] = [
    {
      text: `The table has one row per token: ${rows} rows, with ${width} numbers in each.`,
      expr: `${rows} rows × ${width} numbers`,
      value: rows * width,
    },
    { text: `Token id ${i} picks row ${i} (rows count from 0). Copy that row out.`, expr: `row ${i} = ${rowText(row)}`, value: row[row.length - 1]! },
  ];
  return pick(steps, row, show);
}

/** The one-hot row times the table, one column at a time (the numbers only). */
export function oneHotTimes(tokenId: number, table: Table): number[] {
  const [rows, width] = checkTable(table);
  const i = checkId(tokenId, rows);
  const answer: number[] = [];
  for (let j = 0; j < width; j++) {
    let total = 0;
    for (let k = 0; k < rows; k++) total = total + (k === i ? 1 : 0) * table[k]![j]!;
    answer.push(total);
  }
  return answer;
}

/** one_hot_times_table(1, [[1, 2], [3, 4], [5, 6]]): [0, 1, 0] × table = [3, 4]. */
export function oneHotTimesTable(tokenId: number, table: Table, show: number | null = null): Step[] {
  const [rows, width] = checkTable(table);
  const i = checkId(tokenId, rows);
  const hot = Array.from({ length: rows }, (_, k) => (k === i ? 1 : 0));
  const steps: Step[] = [{ text: `Make the one-hot row: ${rows} numbers, all 0, with a 1 at position ${i}.`, expr: `[${hot.join(", ")}]`, value: i }];
  const answer = oneHotTimes(i, table);
  answer.forEach((total, j) => {
    const parts = hot.map((h, k) => `${h} × ${p(table[k]![j]!)}`).join(" + ");
    steps.push({ text: `Column ${j + 1}: multiply the one-hot row by column ${j + 1} of the table, and add.`, expr: `${parts} = ${fmt(total)}`, value: total });
  });
  const count = rows * width;
  steps.push({ text: "Count the multiplications: one per row, for every column.", expr: `${rows} × ${width} = ${count}`, value: count });
  steps.push({ text: `Put the answers side by side. It is row ${i} of the table.`, expr: `${rowText(answer)} = row ${i}`, value: answer[answer.length - 1]! });
  return pick(steps, answer, show);
}

/** The dot product, the two lengths and the cosine similarity (the numbers only). */
export function cosineNumbers(a: readonly number[], b: readonly number[]): { dot: number; lenA: number; lenB: number; sim: number } {
  let dot = 0;
  a.forEach((x, i) => {
    dot = dot + x * b[i]!;
  });
  const length = (v: readonly number[]) => {
    let total = 0;
    for (const x of v) total = total + x * x;
    return Math.sqrt(total);
  };
  const lenA = length(a);
  const lenB = length(b);
  return { dot, lenA, lenB, sim: dot / (lenA * lenB) };
}

/** cosine_similarity([1, 0], [1, 1]): dot 1, lengths 1 and 1.4142, 1 ÷ 1.4142 = 0.7071. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): Step[] {
  if (a.length !== b.length) {
    throw new Error(`Cosine similarity needs two vectors of the same length: got ${a.length} and ${b.length}.`);
  }
  if (a.length === 0) throw new Error("Cosine similarity needs at least one number in each vector.");
  let dot = 0;
  a.forEach((x, i) => {
    dot = dot + x * b[i]!;
  });
  const sizes = [a, b].map((v) => {
    let total = 0;
    for (const x of v) total = total + x * x;
    return [total, Math.sqrt(total)] as const;
  });
  const [sqA, lenA] = sizes[0]!;
  const [sqB, lenB] = sizes[1]!;
  if (lenA === 0 || lenB === 0) {
    throw new Error("A vector of all zeros has no direction, so cosine similarity has no answer for it (it would divide by 0).");
  }
  const both = lenA * lenB;
  const sim = dot / both;
  const squares = (v: readonly number[]) => v.map((x) => `${p(x)} × ${p(x)}`).join(" + ");
  return [
    {
      text: "The dot product: multiply the numbers at each position, and add.",
      expr: `${a.map((x, i) => `${p(x)} × ${p(b[i]!)}`).join(" + ")} = ${fmt(dot)}`,
      value: dot,
    },
    { text: "The length of a: square each number, add, take the square root.", expr: `√(${squares(a)}) = √${fmt(sqA)} = ${fmt(lenA)}`, value: lenA },
    { text: "The length of b, the same way.", expr: `√(${squares(b)}) = √${fmt(sqB)} = ${fmt(lenB)}`, value: lenB },
    { text: "Multiply the two lengths.", expr: `${fmt(lenA)} × ${fmt(lenB)} = ${fmt(both)}`, value: both },
    { text: "Divide the dot product by that: the cosine similarity.", expr: `${fmt(dot)} ÷ ${fmt(both)} = ${fmt(sim)}`, value: sim },
  ];
}

export const PARAM_PARTS = ["tokens", "positions", "total"] as const;

function whole(name: string, v: number, least: number): number {
  if (!Number.isInteger(v) || v < least) throw new Error(`${name} is a whole number of ${least} or more: got ${v}.`);
  return v;
}

/** embedding_params(76, 128, 128): 76 × 128 = 9728, 128 × 128 = 16384, total 26112. */
export function embeddingParams(vocab: number, width: number, positions = 0, show = "total"): Step[] {
  const v = whole("vocab", vocab, 1);
  const c = whole("width", width, 1);
  const t = whole("positions", positions, 0);
  if (!(PARAM_PARTS as readonly string[]).includes(show)) {
    throw new Error(`show is one of ${PARAM_PARTS.join(", ")}: got '${show}'.`);
  }
  const tokens = v * c;
  const steps: Step[] = [{ text: `Token table: one row per token (${v}), ${c} numbers in each row.`, expr: `${v} × ${c} = ${tokens}`, value: tokens }];
  let places = 0;
  if (t === 0) {
    steps.push({ text: "No position table: the token table is all.", expr: `${tokens}`, value: tokens });
  } else {
    places = t * c;
    steps.push({ text: `Position table: one row per position (${t}), ${c} numbers in each.`, expr: `${t} × ${c} = ${places}`, value: places });
    steps.push({ text: "Add the two tables.", expr: `${tokens} + ${places} = ${tokens + places}`, value: tokens + places });
  }
  if (show !== "total") {
    const picked = show === "tokens" ? tokens : places;
    const label = show === "tokens" ? "the token table" : "the position table";
    steps.push({ text: `So ${label} holds:`, expr: `${picked}`, value: picked });
  }
  return steps;
}
