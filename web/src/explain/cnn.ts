/**
 * Worked steps for building a CNN: the shape after every layer, and the weights and biases of
 * each layer (mirrors fromzero/explain/cnn.py character for character).
 */
import { fmt, type Step } from "./steps";

function whole(name: string, value: number, low = 1): number {
  if (!Number.isInteger(value) || value < low) throw new Error(`${name} must be a whole number of at least ${low}, not ${value}.`);
  return value;
}

const shape = (side: number, channels: number): string => `${side} × ${side} × ${channels}`;

/** One layer of a CNN as the demos draw it: its name, its output shape and its size. */
export interface CnnStage {
  kind: "input" | "conv" | "pool" | "flatten" | "dense";
  /** [side, side, channels] for images and maps, [n] for lists. */
  shape: number[];
  /** How many numbers come out of this layer. */
  size: number;
}

/** The bare shapes of cnnShapes, for demos. Throws the same errors. */
export function cnnStages(size: number, channels: readonly number[], dense: readonly number[], k = 3, pool = 2, inChannels = 1): CnnStage[] {
  let side = whole("size", size);
  let depth = whole("in_channels", inChannels);
  whole("k", k);
  whole("pool", pool);
  const stages: CnnStage[] = [{ kind: "input", shape: [side, side, depth], size: side * side * depth }];
  channels.forEach((f, i) => {
    const n = i + 1;
    const filters = whole(`conv layer ${n}'s filters`, f);
    const newSide = side - k + 1;
    if (newSide < 1) throw new Error(`A ${k} × ${k} filter does not fit on a ${side} × ${side} map (conv layer ${n}): use fewer layers or a bigger image.`);
    stages.push({ kind: "conv", shape: [newSide, newSide, filters], size: newSide * newSide * filters });
    const pooled = Math.floor(newSide / pool);
    if (pooled < 1) throw new Error(`A ${newSide} × ${newSide} map is too small for ${pool} × ${pool} pooling (after conv layer ${n}).`);
    stages.push({ kind: "pool", shape: [pooled, pooled, filters], size: pooled * pooled * filters });
    side = pooled;
    depth = filters;
  });
  const flat = side * side * depth;
  stages.push({ kind: "flatten", shape: [flat], size: flat });
  dense.forEach((u, i) => {
    const units = whole(`dense layer ${i + 1}'s units`, u);
    stages.push({ kind: "dense", shape: [units], size: units });
  });
  return stages;
}

export function cnnShapes(size: number, channels: readonly number[], dense: readonly number[], k = 3, pool = 2, inChannels = 1): Step[] {
  const stages = cnnStages(size, channels, dense, k, pool, inChannels);
  const steps: Step[] = [];
  let prev = stages[0]!;
  let conv = 0;
  let layer = 0;
  for (const s of stages) {
    if (s.kind === "input") {
      const [side, , depth] = s.shape as [number, number, number];
      steps.push({ text: `The input: a ${side} × ${side} image with ${depth} ${depth === 1 ? "channel" : "channels"}.`, expr: shape(side, depth), value: s.size });
    } else if (s.kind === "conv") {
      conv = conv + 1;
      const [side, , filters] = s.shape as [number, number, number];
      steps.push({
        text: `Conv layer ${conv}: ${filters} filters of ${k} × ${k}, then ReLU. Each side loses ${k} − 1.`,
        expr: `${prev.shape[0]!} − ${k} + 1 = ${side}, so ${shape(side, filters)}`,
        value: s.size,
      });
    } else if (s.kind === "pool") {
      const [side, , filters] = s.shape as [number, number, number];
      const before = prev.shape[0]!;
      const rule = before % pool === 0 ? `${before} ÷ ${pool} = ${side}` : `${before} ÷ ${pool} = ${fmt(before / pool)}, rounded down to ${side}`;
      steps.push({ text: `Max pooling ${pool} × ${pool}: each side is divided by ${pool}, rounded down.`, expr: `${rule}, so ${shape(side, filters)}`, value: s.size });
    } else if (s.kind === "flatten") {
      const [side, , depth] = prev.shape as [number, number, number];
      steps.push({ text: "Flatten: lay all the numbers out in one long list.", expr: `${side} × ${side} × ${depth} = ${s.size}`, value: s.size });
    } else {
      layer = layer + 1;
      const text = layer === dense.length ? `Output layer: ${s.size} scores, one per class. Softmax makes them chances.` : `Dense layer ${layer}: ${s.size} neurons, then ReLU.`;
      steps.push({ text, expr: `${prev.size} → ${s.size}`, value: s.size });
    }
    prev = s;
  }
  return steps;
}

/** k·k·in weights per filter, one bias per filter. convParamCount(3, 8, 16) -> 1168 */
export function convParamCount(k: number, inChannels: number, filters: number): number {
  return k * k * inChannels * filters + filters;
}

/** One weight per input per neuron, one bias per neuron. denseParamCount(400, 64) -> 25664 */
export function denseParamCount(nIn: number, nOut: number): number {
  return nIn * nOut + nOut;
}

export function convParams(k: number, inChannels: number, filters: number): Step[] {
  whole("k", k);
  whole("in_channels", inChannels);
  whole("filters", filters);
  const perFilter = k * k * inChannels;
  const weights = perFilter * filters;
  const total = weights + filters;
  return [
    { text: "One filter has a k × k patch of weights for each input channel.", expr: `${k} × ${k} × ${inChannels} = ${perFilter}`, value: perFilter },
    { text: "Every filter has its own weights.", expr: `${perFilter} × ${filters} = ${weights}`, value: weights },
    { text: "Add one bias per filter.", expr: `${weights} + ${filters} = ${total}`, value: total },
  ];
}

export function denseParams(nIn: number, nOut: number): Step[] {
  whole("n_in", nIn);
  whole("n_out", nOut);
  const weights = nIn * nOut;
  const total = weights + nOut;
  return [
    { text: "Each neuron has one weight for every input.", expr: `${nIn} × ${nOut} = ${weights}`, value: weights },
    { text: "Add one bias per neuron.", expr: `${weights} + ${nOut} = ${total}`, value: total },
  ];
}

function addUp(parts: readonly number[]): Step {
  let total = 0;
  for (const p of parts) total = total + p;
  return { text: "Add up every layer.", expr: `${parts.join(" + ")} = ${total}`, value: total };
}

export function cnnParams(size: number, channels: readonly number[], dense: readonly number[], k = 3, pool = 2, inChannels = 1): Step[] {
  const stages = cnnStages(size, channels, dense, k, pool, inChannels);
  const flat = stages[1 + 2 * channels.length]!.size;
  const steps: Step[] = [];
  const parts: number[] = [];
  let depth = inChannels;
  channels.forEach((filters, i) => {
    const count = convParamCount(k, depth, filters);
    steps.push({
      text: `Conv layer ${i + 1}: ${filters} filters of ${k} × ${k} × ${depth}, plus ${filters} biases.`,
      expr: `${filters} × (${k} × ${k} × ${depth}) + ${filters} = ${count}`,
      value: count,
    });
    parts.push(count);
    depth = filters;
  });
  let width = flat;
  dense.forEach((units, i) => {
    const count = denseParamCount(width, units);
    steps.push({ text: `Dense layer ${i + 1}: ${width} inputs to ${units} neurons, plus ${units} biases.`, expr: `${width} × ${units} + ${units} = ${count}`, value: count });
    parts.push(count);
    width = units;
  });
  steps.push(addUp(parts));
  return steps;
}

export function mlpParams(sizes: readonly number[]): Step[] {
  sizes.forEach((s) => whole("each size", s));
  if (sizes.length < 2) throw new Error("mlp_params needs at least two sizes: the inputs and the outputs.");
  const steps: Step[] = [];
  const parts: number[] = [];
  for (let n = 1; n < sizes.length; n++) {
    const nIn = sizes[n - 1]!;
    const nOut = sizes[n]!;
    const count = denseParamCount(nIn, nOut);
    steps.push({ text: `Dense layer ${n}: ${nIn} inputs to ${nOut} neurons, plus ${nOut} biases.`, expr: `${nIn} × ${nOut} + ${nOut} = ${count}`, value: count });
    parts.push(count);
  }
  steps.push(addUp(parts));
  return steps;
}
