/**
 * Worked steps for the whole GPT (m9.3): the shape after every stage, the parameter count of a
 * GPT and of a Llama-style model (SmolLM2), and the head's logits turned into chances
 * (mirrors fromzero/explain/gpt.py character for character; the golden files keep both equal).
 * Symbols: B texts, T tokens per text, C numbers per token, V tokens in the vocabulary, H heads.
 */
import { fmt, type Step } from "./steps";
import { showChar } from "./text";

function whole(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} is a whole number of 1 or more: got ${fmt(v)}.`);
  return v;
}

/** shapeOf(1, 7, 128) -> "(1, 7, 128)". */
export function shapeOf(...sizes: number[]): string {
  return `(${sizes.join(", ")})`;
}

/** One stage of a GPT's forward pass, as the gpt-shapes demo draws it. */
export interface GptStage {
  label: string;
  shape: number[];
}

/** The stages a demo draws, in order (the same shapes gptShapes writes out). */
export function gptStages(V: number, C: number, nHead: number, T: number, B = 1): GptStage[] {
  const hs = C / nHead;
  return [
    { label: "token ids", shape: [B, T] },
    { label: "token embedding", shape: [B, T, C] },
    { label: "+ position embedding", shape: [B, T, C] },
    { label: "attention: heads", shape: [B, nHead, T, hs] },
    { label: "attention: scores", shape: [B, nHead, T, T] },
    { label: "heads glued", shape: [B, T, C] },
    { label: "feed-forward inside", shape: [B, T, 4 * C] },
    { label: "after every block", shape: [B, T, C] },
    { label: "final layer norm", shape: [B, T, C] },
    { label: "head: logits", shape: [B, T, V] },
    { label: "softmax: chances", shape: [B, T, V] },
    { label: "next token", shape: [B, V] },
  ];
}

/** gptShapes(76, 128, 4, 4, 7) -> (1, 7), (1, 7, 128), …, (1, 7, 76), then 76 chances. */
export function gptShapes(vocab: number, width: number, nLayer: number, nHead: number, time: number, batch = 1): Step[] {
  const V = whole("V", vocab);
  const C = whole("C", width);
  const L = whole("n_layer", nLayer);
  const H = whole("n_head", nHead);
  const T = whole("T", time);
  const B = whole("B", batch);
  if (C % H !== 0) throw new Error(`C = ${C} does not divide into ${H} heads: pick C and n_head so that C ÷ n_head is a whole number.`);
  const hs = C / H;
  const s = shapeOf;
  return [
    { text: B === 1 ? `Token ids: ${B} text of ${T} tokens, one whole number each.` : `Token ids: ${B} texts of ${T} tokens, one whole number each.`, expr: `(B, T) = ${s(B, T)}`, value: B * T },
    { text: `Token embedding: each id looks up its row of ${C} numbers.`, expr: `${s(B, T)} → ${s(B, T, C)}`, value: B * T * C },
    { text: `Position embedding: place 0 to ${T - 1} each look up a row of ${C}, added on top.`, expr: `${s(B, T, C)} + ${s(T, C)} = ${s(B, T, C)}`, value: B * T * C },
    { text: `Inside attention: ${H} heads, each with ${C} ÷ ${H} = ${hs} numbers per token.`, expr: `${s(B, T, C)} → ${s(B, H, T, hs)}`, value: B * H * T * hs },
    { text: `Each head scores every place against every place: a ${T} × ${T} table, masked so no place looks ahead.`, expr: s(B, H, T, T), value: B * H * T * T },
    { text: "The heads are glued back together.", expr: `${s(B, H, T, hs)} → ${s(B, T, C)}`, value: B * T * C },
    { text: `Inside the feed-forward layer: ${C} × 4 = ${4 * C} numbers per token, then back.`, expr: `${s(B, T, 4 * C)} → ${s(B, T, C)}`, value: B * T * C },
    { text: `After all ${L} blocks the shape is still the same.`, expr: s(B, T, C), value: B * T * C },
    { text: "Final layer norm: the shape does not change.", expr: s(B, T, C), value: B * T * C },
    { text: `Language model head: ${C} numbers in, ${V} logits out, at every place.`, expr: `${s(B, T, C)} → ${s(B, T, V)}`, value: B * T * V },
    { text: "Softmax turns each place's logits into chances.", expr: s(B, T, V), value: B * T * V },
    { text: "The last place's chances are the guess for the next token.", expr: `${s(B, T, V)} → ${s(B, V)}`, value: B * V },
  ];
}

export const GPT_PARTS = ["token_table", "position_table", "block", "blocks", "final_norm", "head", "total"] as const;
export type GptPart = (typeof GPT_PARTS)[number];

/** The numbers of each part of a GPT (what gptParams writes out), for demos. */
export interface GptCounts {
  tokenTable: number;
  positionTable: number;
  attention: number;
  feedForward: number;
  norms: number;
  block: number;
  blocks: number;
  finalNorm: number;
  head: number;
  total: number;
}

export function gptCounts(V: number, C: number, nLayer: number, T: number, bias = true, tied = true): GptCounts {
  const attention = 4 * C * C + (bias ? 4 * C : 0);
  const feedForward = 8 * C * C + (bias ? 5 * C : 0);
  const norms = 4 * C;
  const block = attention + feedForward + norms;
  const blocks = nLayer * block;
  const tokenTable = V * C;
  const positionTable = T * C;
  const finalNorm = 2 * C;
  const head = tied ? 0 : C * V;
  const total = tokenTable + positionTable + blocks + finalNorm + head;
  return { tokenTable, positionTable, attention, feedForward, norms, block, blocks, finalNorm, head, total };
}

/** gptParams(76, 128, 4, 128) -> 9728 + 16384 + 4 × 198272 + 256 + 0 = 819456. */
export function gptParams(vocab: number, width: number, nLayer: number, time: number, bias = true, tied = true, show: string = "total"): Step[] {
  const V = whole("V", vocab);
  const C = whole("C", width);
  const L = whole("n_layer", nLayer);
  const T = whole("T", time);
  if (!(GPT_PARTS as readonly string[]).includes(show)) throw new Error(`show is one of ${GPT_PARTS.join(", ")}: got '${show}'.`);
  const n = gptCounts(V, C, L, T, bias, tied);
  const attnExpr = bias ? `4 × ${C} × ${C} + 4 × ${C} = ${n.attention}` : `4 × ${C} × ${C} = ${n.attention}`;
  const ffExpr = bias ? `8 × ${C} × ${C} + 5 × ${C} = ${n.feedForward}` : `8 × ${C} × ${C} = ${n.feedForward}`;
  const steps: Step[] = [
    { text: `Token table: one row of ${C} numbers for each of the ${V} tokens.`, expr: `${V} × ${C} = ${n.tokenTable}`, value: n.tokenTable },
    { text: `Position table: one row of ${C} numbers for each of the ${T} places.`, expr: `${T} × ${C} = ${n.positionTable}`, value: n.positionTable },
    { text: "One block's attention: query, key, value and output layers" + (bias ? ", with their biases." : ", no biases."), expr: attnExpr, value: n.attention },
    { text: "One block's feed-forward layer: C to 4C and back" + (bias ? ", with their biases." : ", no biases."), expr: ffExpr, value: n.feedForward },
    { text: "One block's two layer norms, each with a γ and a β per number.", expr: `4 × ${C} = ${n.norms}`, value: n.norms },
    { text: "One whole block.", expr: `${n.attention} + ${n.feedForward} + ${n.norms} = ${n.block}`, value: n.block },
    { text: `All ${L} blocks.`, expr: `${L} × ${n.block} = ${n.blocks}`, value: n.blocks },
    { text: "The final layer norm.", expr: `2 × ${C} = ${n.finalNorm}`, value: n.finalNorm },
    tied
      ? { text: "The head reuses the token table, so it adds no new numbers.", expr: "0", value: 0 }
      : { text: `The head: ${V} rows of ${C} weights, one row per token.`, expr: `${C} × ${V} = ${n.head}`, value: n.head },
    { text: "Add the parts: the whole GPT.", expr: `${n.tokenTable} + ${n.positionTable} + ${n.blocks} + ${n.finalNorm} + ${n.head} = ${n.total}`, value: n.total },
  ];
  if (show !== "total") {
    const picked: Record<string, [number, string]> = {
      token_table: [n.tokenTable, "the token table"],
      position_table: [n.positionTable, "the position table"],
      block: [n.block, "one block"],
      blocks: [n.blocks, "all the blocks"],
      final_norm: [n.finalNorm, "the final norm"],
      head: [n.head, "the head"],
    };
    const [value, label] = picked[show]!;
    steps.push({ text: `So ${label} holds:`, expr: `${value}`, value });
  }
  return steps;
}

export const LLAMA_PARTS = ["embedding", "attention", "feed_forward", "block", "blocks", "total"] as const;

/** SmolLM2-135M: llamaParams(49152, 576, 30, 9, 3, 1536) -> 134515008. */
export function llamaParams(vocab: number, width: number, nLayer: number, nHead: number, nKvHead: number, ffnDim: number, show: string = "total"): Step[] {
  const V = whole("V", vocab);
  const C = whole("C", width);
  const L = whole("n_layer", nLayer);
  const H = whole("n_head", nHead);
  const K = whole("n_kv_head", nKvHead);
  const F = whole("ffn_dim", ffnDim);
  if (!(LLAMA_PARTS as readonly string[]).includes(show)) throw new Error(`show is one of ${LLAMA_PARTS.join(", ")}: got '${show}'.`);
  if (C % H !== 0 || H % K !== 0) throw new Error(`C = ${C} must divide into ${H} heads, and the ${H} heads into ${K} groups.`);
  const hs = C / H;
  const kv = K * hs;
  const emb = V * C;
  const qo = 2 * C * C;
  const kvW = 2 * C * kv;
  const attn = qo + kvW;
  const ff = 3 * C * F;
  const norms = 2 * C;
  const block = attn + ff + norms;
  const blocks = L * block;
  const total = emb + blocks + C;
  const steps: Step[] = [
    { text: `Token table: ${V} tokens, ${C} numbers each. The head reuses it.`, expr: `${V} × ${C} = ${emb}`, value: emb },
    { text: `Query and output layers: ${C} × ${C} each.`, expr: `2 × ${C} × ${C} = ${qo}`, value: qo },
    { text: `Key and value layers: only ${K} heads of ${C} ÷ ${H} = ${hs}, so ${kv} numbers out.`, expr: `2 × ${C} × ${kv} = ${kvW}`, value: kvW },
    { text: "One block's attention.", expr: `${qo} + ${kvW} = ${attn}`, value: attn },
    { text: `One block's SwiGLU feed-forward: three ${C} × ${F} matrices.`, expr: `3 × ${C} × ${F} = ${ff}`, value: ff },
    { text: "One block's two RMSNorms: one scale per number, no shift.", expr: `2 × ${C} = ${norms}`, value: norms },
    { text: "One whole block.", expr: `${attn} + ${ff} + ${norms} = ${block}`, value: block },
    { text: `All ${L} blocks.`, expr: `${L} × ${block} = ${blocks}`, value: blocks },
    { text: "The final RMSNorm.", expr: `${C}`, value: C },
    { text: "Add the parts: the whole model.", expr: `${emb} + ${blocks} + ${C} = ${total}`, value: total },
  ];
  if (show !== "total") {
    const picked: Record<string, [number, string]> = {
      embedding: [emb, "the token table"],
      attention: [attn, "one block's attention"],
      feed_forward: [ff, "one block's feed-forward layer"],
      block: [block, "one block"],
      blocks: [blocks, "all the blocks"],
    };
    const [value, label] = picked[show]!;
    steps.push({ text: `So ${label} holds:`, expr: `${value}`, value });
  }
  return steps;
}

/** logitsToChances([2, 1, 0], ["a", "b", "c"]): e^2 = 7.3891, …, total 11.1073, a gets 0.6652. */
export function logitsToChances(logits: readonly number[], tokens: readonly string[], show?: number): Step[] {
  if (logits.length === 0) throw new Error("logits_to_chances needs at least one logit.");
  if (tokens.length !== logits.length) throw new Error(`There are ${logits.length} logits but ${tokens.length} tokens: give one token for each logit.`);
  const names = tokens.map((t) => showChar(String(t)));
  const steps: Step[] = [];
  const ups: number[] = [];
  logits.forEach((v, i) => {
    const e = Math.exp(v);
    ups.push(e);
    steps.push({ text: `Token ${names[i]!}: e to the power of its logit.`, expr: `e^${fmt(v)} = ${fmt(e)}`, value: e });
  });
  let total = 0;
  for (const e of ups) total = total + e;
  steps.push({ text: "Add them all up.", expr: `${ups.map((e) => fmt(e)).join(" + ")} = ${fmt(total)}`, value: total });
  const chances: number[] = [];
  ups.forEach((e, i) => {
    const p = e / total;
    chances.push(p);
    steps.push({ text: `Token ${names[i]!}: divide by the total. That is its chance.`, expr: `${fmt(e)} ÷ ${fmt(total)} = ${fmt(p)}`, value: p });
  });
  const k = show === undefined ? 0 : show;
  if (show !== undefined && (!Number.isInteger(show) || show < 0 || show >= logits.length)) {
    throw new Error(`show picks a token from 0 to ${logits.length - 1}: got ${fmt(show)}.`);
  }
  steps.push({ text: `So the chance of ${names[k]!} is:`, expr: fmt(chances[k]!), value: chances[k]! });
  return steps;
}
