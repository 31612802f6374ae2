/**
 * "Show the work" in the browser: the TypeScript mirror of fromzero.explain.
 * Demos call these so a slider updates without a server round trip; the golden files in
 * tests/golden/explain/ keep the two sides equal.
 */
import { completeNeuron, relu, sigmoid } from "./activations";
import { neuron, neuronMulti, weightedSum } from "./neuron";
import type { Step } from "./steps";
import { floatSum, fromBinary, overflow, toBinary } from "./numbers";
import { power, sqrt } from "./powers";
import { machine } from "./functions";
import { linePoint, lineTable } from "./graphs";
import { dot, vectorLength } from "./vectors";
import { matmul, matmulEntry } from "./matrices";
import { eLimit, exp, log } from "./exponents";
import { mean, std, variance } from "./stats";
import { calculate } from "./calculator";
import { layer, network, type LayerSpec } from "./networks";
import { chainNudge, chainRule } from "./chain";
import { backprop, backpropTrain } from "./backprop";
import { autograd } from "./autograd";
import { accuracy, sigmoidSlope } from "./training";
import { batchCount, batchGradient, confusionMatrix } from "./batches";
import { crossEntropy, meanCrossEntropy, softmax, softmaxSlope } from "./probability";
import { flatIndex, normalisePixels, oneHot } from "./data";
import { dropout, earlyStop, shiftGrid } from "./regularise";
import { convOutputSize, convPosition, convolve } from "./convolution";
import { cnnParams, cnnShapes, convParams, denseParams, mlpParams } from "./cnn";
import { channelSum, convSize, maxPool } from "./pooling";
import { bigramCounts, encode, vocabulary } from "./text";
import { bpeEncode, bpeTrain, pairCounts, utf8Bytes } from "./tokenize";
import { rnnSequence, rnnStep, rnnVectorStep, slopeThroughTime, tanh } from "./recurrent";
import { gate, lstmStep, memoryAfter } from "./lstm";
import { attentionParams, concat, headSplit, multiHead, oneHead, type HeadWeights } from "./multi_head";
import { qkv, scaledSoftmax, selfAttention } from "./self_attention";
import { attention, attentionScores, weightedAverage } from "./attention";
import { blockParams, feedForward, layerNorm, residualAdd } from "./transformer";
import { cosineSimilarity, embeddingParams, lookup, oneHotTimesTable } from "./embed";
import { gptParams, gptShapes, llamaParams, logitsToChances } from "./gpt";
import { perplexity, sequenceLoss, shiftPairs, uniformLoss } from "./lm_training";
import { greedyPick, temperature, topKFilter, topPFilter } from "./generation";
import { dataLoss, error, mse, neuronError, squaredError } from "./loss";
import { curveRiseRun, curveValue, nudgeSlope, riseOverRun, shortcutSlope } from "./slopes";
import { descentStep, descentTable, epoch, exampleLoss, gradient, gradientDescent, lossNudge, train } from "./descent";

export { fmt, DECIMALS, type Step } from "./steps";
export { neuron, neuronMulti, weightedSum, lastValue } from "./neuron";
export { sigmoid, relu, completeNeuron, isActivation, ACTIVATIONS, type ActivationName } from "./activations";
export { big, floatSum, fromBinary, overflow, shortest, stored, toBinary } from "./numbers";
export { power, sqrt } from "./powers";
export { applyRule, machine, parseRule, type Sign } from "./functions";
export { linePoint, lineTable } from "./graphs";
export { dot, vectorLength } from "./vectors";
export { matmul, matmulEntry, shape, type Matrix } from "./matrices";
export { eLimit, exp, log } from "./exponents";
export { mean, std, variance } from "./stats";
export { calculate, CalcError, tidy } from "./calculator";
export { activate, forwardValues, layer, network, paren, LAYER_ACTIVATIONS, type LayerActivation, type LayerSpec } from "./networks";
export { chainNudge, chainRule } from "./chain";
export { backprop, backpropNumbers, backpropTrain, BACKPROP_SHOW, type BackpropNumbers } from "./backprop";
export { autograd, graphValues, GRAPH_NODES, type GraphNode } from "./autograd";
export { accuracy, sigmoidSlope } from "./training";
export { BATCH_SHOW, batchCount, batchGradient, confusionMatrix, confusionTable, type BatchShow } from "./batches";
export { argmax, chancesOf, crossEntropy, meanCrossEntropy, softmax, softmaxSlope } from "./probability";
export { flatIndex, normalisePixels, oneHot, oneHotList } from "./data";
export { dropout, dropoutValues, earlyStop, earlyStopResult, shiftGrid, shiftedGrid, type EarlyStopResult } from "./regularise";
export { convOutputSize, convPosition, convolve, featureMap, pairsAt, sumOfProducts } from "./convolution";
export { cnnParams, cnnShapes, cnnStages, convParamCount, convParams, denseParamCount, denseParams, mlpParams, type CnnStage } from "./cnn";
export { channelSum, convSize, maxPool, outSize, padded, pooled, windowOf, type PoolKind } from "./pooling";
export { bigramCounts, charsOf, countsAfter, encode, encodeIds, followers, mostLikely, showChar, sortedChars, vocabulary } from "./text";
export { FIRST_NEW_ID, bpeApply, bpeEncode, bpeRun, bpeTrain, byteVocab, countPairs, mergeIds, pairCounts, showPiece, topPair, utf8Bytes, utf8Of, type BpeRun, type LearnedMerge } from "./tokenize";
export { hiddenStates, rnnSequence, rnnStep, rnnVectorStep, slopeFmt, slopeProducts, slopeThroughTime, stepSum, tanh, tanhValue } from "./recurrent";
export { GATES, GATE_NAMES, LSTM_KEYS, LSTM_MEMORY, RNN_MEMORY, gate, gateValues, lstmNumbers, lstmStep, memoryAfter, memoryTrace, preActivation, sigma, type GateName, type GateValues, type LstmNumbers, type MemoryKind, type Weights } from "./lstm";
export { attentionParamCount, attentionParams, concat, concatLists, headNumbers, headSize, headSplit, matrixTimes, multiHead, multiHeadNumbers, oneHead, type HeadNumbers, type HeadWeights, type MultiHeadNumbers } from "./multi_head";
export { ATTENTION_SHOWS, QKV_PARTS, attentionNumbers, dotOf, project, qkv, rowSoftmax, scaledSoftmax, selfAttention, softmaxRowSteps, vecText, type AttentionNumbers, type AttentionShow, type QkvPart } from "./self_attention";
export { attention, attentionMix, attentionScoreList, attentionScores, attentionWeightList, weightedAverage } from "./attention";
export { BLOCK_PARTS, blockParams, feedForward, layerNorm, layerNormNumbers, residualAdd, type BlockPart, type LayerNormNumbers } from "./transformer";
export { PARAM_PARTS, cosineNumbers, cosineSimilarity, embeddingParams, lookup, oneHotTimes, oneHotTimesTable, rowText } from "./embed";
export { GPT_PARTS, LLAMA_PARTS, gptCounts, gptParams, gptShapes, gptStages, llamaParams, logitsToChances, shapeOf, type GptCounts, type GptPart, type GptStage } from "./gpt";
export { perplexity, sequenceLoss, shiftPairs, uniformLoss, windowPairs } from "./lm_training";
export { greedyPick, ranked, temperature, topKFilter, topPFilter } from "./generation";
export { br, dataLoss, error, mse, neuronError, pairs, squaredError } from "./loss";
export { curveAt, curveRiseRun, curveText, curveValue, nudgeSlope, riseOverRun, shortcutSlope, timesPower, type Curve } from "./slopes";
export { descentStep, descentTable, epoch, exampleLoss, gradient, gradientDescent, iterate, lossNudge, lossOf, runEpoch, train, type EpochResult, type Iteration } from "./descent";

type Inputs = Record<string, unknown>;

const num = (v: unknown): number => Number(v);
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
const grid = (v: unknown): number[][] => (Array.isArray(v) ? v.map(nums) : []);
const words = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const grids = (v: unknown): number[][][] => (Array.isArray(v) ? v.map(grid) : []);
const weightDict = (v: unknown): Record<string, number> | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Number(x)])) : undefined;

/** One attention head's three matrices from inputs ({w_q, w_k, w_v}). */
const headOf = (v: unknown): HeadWeights => {
  if (Array.isArray(v)) return { w_q: grid(v[0]), w_k: grid(v[1]), w_v: grid(v[2]) };
  const o = (v !== null && typeof v === "object" ? v : {}) as Record<string, unknown>;
  return { w_q: grid(o.w_q), w_k: grid(o.w_k), w_v: grid(o.w_v) };
};

/** The same concept names as the Python registry (CONCEPTS in fromzero/explain/__init__.py). */
export const CONCEPTS: Record<string, (inputs: Inputs) => Step[]> = {
  neuron: (i) => neuron(num(i.x), num(i.w), num(i.b)),
  weighted_sum: (i) => weightedSum(nums(i.inputs), nums(i.weights)),
  neuron_multi: (i) => neuronMulti(nums(i.inputs), nums(i.weights), num(i.b)),
  sigmoid: (i) => sigmoid(num(i.x)),
  relu: (i) => relu(num(i.x)),
  complete_neuron: (i) =>
    completeNeuron(nums(i.inputs), nums(i.weights), num(i.b), typeof i.activation === "string" ? i.activation : "sigmoid"),
  // Part 1: the basics
  to_binary: (i) => toBinary(num(i.n)),
  from_binary: (i) => fromBinary(String(i.bits)),
  float_sum: (i) => floatSum(num(i.a), num(i.b)),
  overflow: (i) => overflow(num(i.x), num(i.factor), num(i.times)),
  power: (i) => power(num(i.base), num(i.exponent)),
  sqrt: (i) => sqrt(num(i.x)),
  machine: (i) => machine(num(i.x), words(i.rules)),
  line_point: (i) => linePoint(num(i.m), num(i.c), num(i.x)),
  line_table: (i) => lineTable(num(i.m), num(i.c), nums(i.xs)),
  dot: (i) => dot(nums(i.a), nums(i.b)),
  vector_length: (i) => vectorLength(nums(i.v)),
  matmul: (i) => matmul(grid(i.a), grid(i.b)),
  matmul_entry: (i) => matmulEntry(grid(i.a), grid(i.b), num(i.row), num(i.col)),
  e_limit: (i) => eLimit(num(i.n)),
  exp: (i) => exp(num(i.x)),
  log: (i) => log(num(i.x), i.base === "e" ? "e" : i.base === undefined ? 10 : num(i.base)),
  mean: (i) => mean(nums(i.values)),
  variance: (i) => variance(nums(i.values)),
  std: (i) => std(nums(i.values)),
  calculate: (i) => calculate(String(i.expression)),
  // Part 3: teaching a neuron to learn
  error: (i) => error(num(i.prediction), num(i.target)),
  squared_error: (i) => squaredError(num(i.prediction), num(i.target)),
  neuron_error: (i) => neuronError(nums(i.inputs), nums(i.weights), num(i.b), num(i.target)),
  mse: (i) => mse(nums(i.predictions), nums(i.targets)),
  data_loss: (i) => dataLoss(grid(i.data), num(i.w), i.b === undefined ? 0 : num(i.b)),
  curve_value: (i) => curveValue(grid(i.terms), num(i.x)),
  rise_over_run: (i) => riseOverRun(num(i.x1), num(i.y1), num(i.x2), num(i.y2)),
  curve_rise_run: (i) => curveRiseRun(grid(i.terms), num(i.x1), num(i.x2)),
  nudge_slope: (i) => nudgeSlope(grid(i.terms), num(i.x), i.h === undefined ? 0.001 : num(i.h)),
  shortcut_slope: (i) => shortcutSlope(grid(i.terms), num(i.x)),
  example_loss: (i) => exampleLoss(num(i.x), num(i.target), num(i.w), i.b === undefined ? 0 : num(i.b)),
  loss_nudge: (i) =>
    lossNudge(num(i.x), num(i.target), num(i.w), i.b === undefined ? 0 : num(i.b), i.h === undefined ? 0.001 : num(i.h), i.knob === undefined ? "w" : String(i.knob)),
  gradient: (i) => gradient(num(i.x), num(i.target), num(i.w), i.b === undefined ? 0 : num(i.b), i.knob === undefined ? "w" : String(i.knob)),
  descent_step: (i) => descentStep(num(i.x), num(i.target), num(i.w), num(i.lr), i.b === undefined ? 0 : num(i.b)),
  gradient_descent: (i) =>
    gradientDescent(num(i.x), num(i.target), num(i.w), num(i.lr), num(i.iterations), i.b === undefined ? 0 : num(i.b), i.show === undefined ? "weight" : String(i.show)),
  descent_table: (i) =>
    descentTable(
      num(i.x),
      num(i.target),
      num(i.w),
      num(i.lr),
      num(i.iterations),
      i.every === undefined ? 1 : num(i.every),
      i.b === undefined ? 0 : num(i.b),
      i.show === undefined ? "loss" : String(i.show),
    ),
  epoch: (i) => epoch(grid(i.data), num(i.w), num(i.lr), i.show === undefined ? "loss" : String(i.show)),
  train: (i) => train(grid(i.data), num(i.w), num(i.lr), num(i.epochs), i.every === undefined ? 1 : num(i.every), i.show === undefined ? "loss" : String(i.show)),
  // Part 4: neural networks
  layer: (i) => layer(nums(i.inputs), grid(i.weights), nums(i.biases), typeof i.activation === "string" ? i.activation : "none", i.neuron === undefined ? 1 : num(i.neuron)),
  network: (i) =>
    network(
      nums(i.inputs),
      (Array.isArray(i.layers) ? i.layers : []).map((l: Record<string, unknown>): LayerSpec => ({ weights: grid(l.weights), biases: nums(l.biases), activation: typeof l.activation === "string" ? l.activation : "none" })),
      i.layer === undefined || i.layer === null ? undefined : num(i.layer),
      i.neuron === undefined ? 1 : num(i.neuron),
    ),
  chain_rule: (i) => chainRule(nums(i.rates)),
  chain_nudge: (i) => chainNudge(num(i.a), num(i.m), i.h === undefined ? 0.001 : num(i.h), typeof i.show === "string" ? i.show : "rule"),
  backprop: (i) => backprop(num(i.x), num(i.target), num(i.w1), num(i.w2), i.lr === undefined ? 0.1 : num(i.lr), typeof i.show === "string" ? i.show : "w1"),
  backprop_train: (i) =>
    backpropTrain(num(i.x), num(i.target), num(i.w1), num(i.w2), i.lr === undefined ? 0.1 : num(i.lr), i.steps === undefined ? 5 : num(i.steps), typeof i.show === "string" ? i.show : "loss"),
  autograd: (i) => autograd(num(i.a), num(i.b), num(i.c), num(i.f), typeof i.show === "string" ? i.show : "a.grad"),
  accuracy: (i) => accuracy(nums(i.predictions), nums(i.labels)),
  sigmoid_slope: (i) => sigmoidSlope(num(i.z), i.h === undefined ? 0.001 : num(i.h)),
  // Part 5: batches and epochs
  batch_count: (i) => batchCount(num(i.n), num(i.batch_size), i.epochs === undefined ? 1 : num(i.epochs), typeof i.show === "string" ? i.show : "updates"),
  batch_gradient: (i) =>
    batchGradient({
      gradients: i.gradients === undefined ? undefined : nums(i.gradients),
      data: i.data === undefined ? undefined : grid(i.data),
      w: i.w === undefined ? undefined : num(i.w),
      lr: i.lr === undefined ? undefined : num(i.lr),
      h: i.h === undefined ? 0.0001 : num(i.h),
    }),
  confusion_matrix: (i) => confusionMatrix(nums(i.labels), nums(i.predictions), nums(i.classes), i.row === undefined ? undefined : num(i.row), i.col === undefined ? undefined : num(i.col)),
  // Part 5: scores to chances (m5.2)
  softmax: (i) => softmax(nums(i.scores), i.stable === true, i.show === undefined ? undefined : num(i.show)),
  cross_entropy: (i) => crossEntropy(num(i.target), i.chances === undefined ? undefined : nums(i.chances), i.scores === undefined ? undefined : nums(i.scores)),
  mean_cross_entropy: (i) => meanCrossEntropy(grid(i.chances), nums(i.targets)),
  softmax_slope: (i) => softmaxSlope(nums(i.scores), num(i.target), i.h === undefined ? 0.001 : num(i.h), i.show === undefined ? undefined : num(i.show)),
  // Part 5: real datasets
  normalise_pixels: (i) => normalisePixels(nums(i.pixels), i.mean === undefined ? undefined : num(i.mean), i.std === undefined ? undefined : num(i.std)),
  flat_index: (i) => flatIndex(num(i.row), num(i.col), num(i.width)),
  one_hot: (i) => oneHot(num(i.label), i.classes === undefined ? 10 : num(i.classes)),
  // Part 5: overfitting (m5.4)
  dropout: (i) => dropout(nums(i.values), nums(i.mask), num(i.rate)),
  early_stop: (i) => earlyStop(nums(i.val_losses), num(i.patience)),
  shift_grid: (i) => shiftGrid(grid(i.grid), num(i.dx), num(i.dy)),
  // Part 6: convolution (m6.1)
  conv_position: (i) => convPosition(grid(i.image), grid(i.kernel), i.row === undefined ? 0 : num(i.row), i.col === undefined ? 0 : num(i.col)),
  convolve: (i) => convolve(grid(i.image), grid(i.kernel), i.row === undefined ? undefined : num(i.row), i.col === undefined ? undefined : num(i.col)),
  conv_output_size: (i) => convOutputSize(num(i.n), num(i.k)),
  // Part 6: building a CNN (m6.3)
  cnn_shapes: (i) => cnnShapes(num(i.size), nums(i.channels), nums(i.dense), i.k === undefined ? 3 : num(i.k), i.pool === undefined ? 2 : num(i.pool), i.in_channels === undefined ? 1 : num(i.in_channels)),
  conv_params: (i) => convParams(num(i.k), num(i.in_channels), num(i.filters)),
  dense_params: (i) => denseParams(num(i.n_in), num(i.n_out)),
  cnn_params: (i) => cnnParams(num(i.size), nums(i.channels), nums(i.dense), i.k === undefined ? 3 : num(i.k), i.pool === undefined ? 2 : num(i.pool), i.in_channels === undefined ? 1 : num(i.in_channels)),
  mlp_params: (i) => mlpParams(nums(i.sizes)),
  // Part 6: stride, padding and pooling (m6.2)
  conv_size: (i) => convSize(num(i.n), num(i.k), i.p === undefined ? 0 : num(i.p), i.s === undefined ? 1 : num(i.s)),
  max_pool: (i) =>
    maxPool(grid(i.grid), i.size === undefined ? 2 : num(i.size), i.stride === undefined ? undefined : num(i.stride), i.row === undefined ? undefined : num(i.row), i.col === undefined ? undefined : num(i.col)),
  channel_sum: (i) => channelSum(grids(i.patches), grids(i.kernels)),
  // Part 7: text as numbers (m7.1)
  vocabulary: (i) => vocabulary(String(i.text ?? ""), i.char === undefined ? undefined : String(i.char)),
  encode: (i) => encode(String(i.text ?? ""), i.source === undefined ? undefined : String(i.source), i.position === undefined ? undefined : num(i.position)),
  bigram_counts: (i) => bigramCounts(String(i.text ?? ""), String(i.first ?? ""), i.show === undefined ? undefined : String(i.show)),
  // Part 7: recurrent networks (m7.2)
  tanh: (i) => tanh(num(i.x)),
  rnn_step: (i) => rnnStep(num(i.x), num(i.h), num(i.w_x), num(i.w_h), num(i.b)),
  rnn_sequence: (i) => rnnSequence(nums(i.xs), num(i.h0), num(i.w_x), num(i.w_h), num(i.b)),
  rnn_vector_step: (i) => rnnVectorStep(num(i.x), nums(i.h), nums(i.w_x), grid(i.w_h), nums(i.b), i.show === undefined ? null : num(i.show)),
  slope_through_time: (i) => slopeThroughTime(num(i.factor), num(i.steps)),
  // Part 7: LSTMs (m7.3)
  gate: (i) => gate(nums(i.weights), nums(i.inputs), num(i.bias)),
  lstm_step: (i) => lstmStep(num(i.x), num(i.h), num(i.c), weightDict(i.weights) ?? {}, i.show === undefined ? "h" : String(i.show)),
  memory_after: (i) => memoryAfter(String(i.kind), num(i.steps), weightDict(i.weights)),
  // Part 8: multi-head attention (m8.3)
  head_split: (i) => headSplit(num(i.width), num(i.heads), i.vector === undefined ? undefined : nums(i.vector)),
  concat: (i) => concat(grid(i.parts), i.show === undefined ? undefined : num(i.show)),
  one_head: (i) => oneHead(grid(i.x), headOf(i), i.weight === undefined ? undefined : nums(i.weight), i.output === undefined ? undefined : nums(i.output)),
  multi_head: (i) => multiHead(grid(i.x), Array.isArray(i.heads) ? i.heads.map(headOf) : [], grid(i.w_o), i.detail === undefined ? true : Boolean(i.detail), i.show === undefined ? undefined : nums(i.show)),
  attention_params: (i) => attentionParams(num(i.width), num(i.heads)),
  // Part 8: self-attention (m8.2)
  qkv: (i) => qkv(nums(i.embedding), grid(i.w_q), grid(i.w_k), grid(i.w_v), i.show === undefined ? "v" : String(i.show), i.entry === undefined ? undefined : num(i.entry)),
  self_attention: (i) =>
    selfAttention(
      grid(i.embeddings),
      grid(i.w_q),
      grid(i.w_k),
      grid(i.w_v),
      i.scale !== false,
      i.causal === true,
      i.show === undefined ? "output" : String(i.show),
      i.row === undefined ? undefined : num(i.row),
      i.col === undefined ? undefined : num(i.col),
    ),
  scaled_softmax: (i) => scaledSoftmax(nums(i.scores), num(i.d), i.show === undefined ? "after" : String(i.show), i.word === undefined ? undefined : num(i.word)),
  // Part 8: the transformer block (m8.4)
  layer_norm: (i) =>
    layerNorm(nums(i.values), i.gamma === undefined ? 1 : num(i.gamma), i.beta === undefined ? 0 : num(i.beta), i.eps === undefined ? 1e-5 : num(i.eps), i.show === undefined ? null : num(i.show)),
  residual_add: (i) => residualAdd(nums(i.x), nums(i.fx), i.show === undefined ? null : num(i.show)),
  feed_forward: (i) => feedForward(nums(i.x), grid(i.W1), nums(i.b1), grid(i.W2), nums(i.b2), i.show === undefined ? null : num(i.show)),
  block_params: (i) => blockParams(num(i.d_model), i.d_ff === undefined ? undefined : num(i.d_ff), i.show === undefined ? "total" : String(i.show)),
  // Part 8: attention (m8.1)
  attention_scores: (i) => attentionScores(nums(i.query), grid(i.vectors), i.words === undefined ? undefined : words(i.words), i.show === undefined ? undefined : num(i.show)),
  attention: (i) => attention(nums(i.query), grid(i.vectors), i.words === undefined ? undefined : words(i.words), i.show === undefined ? 0 : num(i.show)),
  weighted_average: (i) => weightedAverage(nums(i.weights), grid(i.vectors), i.show === undefined ? 0 : num(i.show)),
  // Part 9: tokens and byte-pair encoding (m9.1)
  utf8_bytes: (i) => utf8Bytes(String(i.text ?? "")),
  pair_counts: (i) => pairCounts(Array.isArray(i.tokens) ? i.tokens : String(i.tokens ?? ""), Array.isArray(i.pair) ? i.pair : undefined),
  bpe_train: (i) => bpeTrain(String(i.text ?? ""), num(i.merges)),
  bpe_encode: (i) => bpeEncode(String(i.text ?? ""), Array.isArray(i.merges) ? i.merges.map((m: unknown) => (Array.isArray(m) ? m : [])) : []),
  // Part 9: embeddings (m9.2)
  lookup: (i) => lookup(grid(i.table), num(i.token_id), i.show === undefined ? null : num(i.show)),
  one_hot_times_table: (i) => oneHotTimesTable(num(i.token_id), grid(i.table), i.show === undefined ? null : num(i.show)),
  cosine_similarity: (i) => cosineSimilarity(nums(i.a), nums(i.b)),
  embedding_params: (i) => embeddingParams(num(i.vocab), num(i.width), i.positions === undefined ? 0 : num(i.positions), i.show === undefined ? "total" : String(i.show)),
  // Part 9: the whole GPT (m9.3)
  gpt_shapes: (i) => gptShapes(num(i.V), num(i.C), num(i.n_layer), num(i.n_head), num(i.T), i.B === undefined ? 1 : num(i.B)),
  gpt_params: (i) => gptParams(num(i.V), num(i.C), num(i.n_layer), num(i.T), i.bias !== false, i.tied !== false, i.show === undefined ? "total" : String(i.show)),
  llama_params: (i) => llamaParams(num(i.V), num(i.C), num(i.n_layer), num(i.n_head), num(i.n_kv_head), num(i.ffn_dim), i.show === undefined ? "total" : String(i.show)),
  logits_to_chances: (i) => logitsToChances(nums(i.logits), words(i.tokens), i.show === undefined ? undefined : num(i.show)),
  // Part 9: training a GPT (m9.4)
  shift_pairs: (i) => shiftPairs(String(i.text ?? ""), i.block === undefined ? undefined : num(i.block), i.start === undefined ? 0 : num(i.start)),
  uniform_loss: (i) => uniformLoss(num(i.vocab)),
  perplexity: (i) => perplexity(num(i.loss)),
  sequence_loss: (i) => sequenceLoss(nums(i.chances), i.show === undefined ? undefined : num(i.show)),
  // Part 9: writing text (m9.5)
  temperature: (i) => temperature(nums(i.logits), num(i.t), i.show === undefined ? 0 : num(i.show), i.tokens === undefined ? undefined : words(i.tokens)),
  top_k_filter: (i) => topKFilter(nums(i.chances), num(i.k), i.show === undefined ? undefined : num(i.show), i.tokens === undefined ? undefined : words(i.tokens)),
  top_p_filter: (i) => topPFilter(nums(i.chances), num(i.p), i.show === undefined ? undefined : num(i.show), i.tokens === undefined ? undefined : words(i.tokens)),
  greedy_pick: (i) => greedyPick(nums(i.chances), i.tokens === undefined ? undefined : words(i.tokens)),
};

export function explain(concept: string, inputs: Inputs): Step[] {
  const fn = CONCEPTS[concept];
  if (!fn) {
    throw new Error(
      `No worked example is called '${concept}'. Known ones: ${Object.keys(CONCEPTS).sort().join(", ")}.`,
    );
  }
  return fn(inputs);
}
