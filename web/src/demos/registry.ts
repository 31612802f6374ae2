/**
 * Every interactive demo, registered by id (the id a lesson's `::: demo ID` names).
 *
 * A demo is a folder: logic.ts (pure, unit-tested: its state, `normalise` and the numbers it
 * shows) and View.tsx (thin, loaded lazily so a lesson only downloads the demos it uses).
 * The lesson's props are the initial state; `normalise` fills gaps and clamps into range.
 *
 * State in the URL: each demo on the page keeps its state in the query parameter
 * `d.<id>` (a second demo with the same id on one page gets `d.<id>.2`, and so on). The value
 * is `key:value` pairs joined by commas; a list joins its numbers with `;`:
 *
 *   ?d.neuron-sliders=x:5,w:0.5,b:1
 *   ?d.complete-neuron=inputs:2;5,weights:0.4;0.6,b:0.5,activation:relu
 *
 * Opening such a link shows that exact state; Reset removes the parameter.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import * as activationCompare from "./activation-compare/logic";
import * as completeNeuron from "./complete-neuron/logic";
import * as multiInputFlow from "./multi-input-flow/logic";
import * as neuronGraph from "./neuron-graph/logic";
import * as neuronHeatmap from "./neuron-heatmap/logic";
import * as neuronSliders from "./neuron-sliders/logic";
import * as reluExplorer from "./relu-explorer/logic";
import * as sigmoidExplorer from "./sigmoid-explorer/logic";
import * as bitsViewer from "./bits-viewer/logic";
import * as floatSum from "./float-sum/logic";
import * as overflowNan from "./overflow-nan/logic";
import * as powerCalculator from "./power-calculator/logic";
import * as sqrtSteps from "./sqrt-steps/logic";
import * as functionMachine from "./function-machine/logic";
import * as guessTheRule from "./guess-the-rule/logic";
import * as plotPoints from "./plot-points/logic";
import * as lineBuilder from "./line-builder/logic";
import * as dotProduct from "./dot-product/logic";
import * as vectorArrows from "./vector-arrows/logic";
import * as matmulGrid from "./matmul-grid/logic";
import * as matrixTransform from "./matrix-transform/logic";
import * as eGrowth from "./e-growth/logic";
import * as logExplorer from "./log-explorer/logic";
import * as meanBalance from "./mean-balance/logic";
import * as varianceSpread from "./variance-spread/logic";
import * as calculator from "./calculator/logic";
import type { DemoState } from "./state";
import * as weightImportance from "./weight-importance/logic";
import * as targetError from "./target-error/logic";
import * as errorLines from "./error-lines/logic";
import * as squaredError from "./squared-error/logic";
import * as riseRun from "./rise-run/logic";
import * as nudgeSlope from "./nudge-slope/logic";
import * as lossCurve from "./loss-curve/logic";
import * as gradientKnobs from "./gradient-knobs/logic";
import * as descentStepper from "./descent-stepper/logic";
import * as lrRace from "./lr-race/logic";
import * as epochTrainer from "./epoch-trainer/logic";
import * as xorLine from "./xor-line/logic";
import * as networkFlow from "./network-flow/logic";
import * as layerFlow from "./layer-flow/logic";
import * as chainGears from "./chain-gears/logic";
import * as chainNudge from "./chain-nudge/logic";
import * as backpropFlow from "./backprop-flow/logic";
import * as backpropTrain from "./backprop-train/logic";
import * as valueGraph from "./value-graph/logic";
import * as netPlayground from "./net-playground/logic";
import * as drawDigit from "./draw-digit/logic";
import * as batchSplitter from "./batch-splitter/logic";
import * as softmaxBars from "./softmax-bars/logic";
import * as oneHot from "./one-hot/logic";
import * as flattenGrid from "./flatten-grid/logic";
import * as overfitCurve from "./overfit-curve/logic";
import * as dropoutMask from "./dropout-mask/logic";
import * as cnnShapes from "./cnn-shapes/logic";
import * as cnnFeatureMaps from "./cnn-feature-maps/logic";
import * as poolGrid from "./pool-grid/logic";
import * as convShape from "./conv-shape/logic";
import * as convSlider from "./conv-slider/logic";
import * as filterOnDigit from "./filter-on-digit/logic";
import * as charEncoder from "./char-encoder/logic";
import * as bigramTable from "./bigram-table/logic";
import * as rnnStepper from "./rnn-stepper/logic";
import * as vanishingSlope from "./vanishing-slope/logic";
import * as lstmGates from "./lstm-gates/logic";
import * as memoryRace from "./memory-race/logic";
import * as qkvBuilder from "./qkv-builder/logic";
import * as causalMask from "./causal-mask/logic";
import * as attentionWeights from "./attention-weights/logic";
import * as attentionHeatmap from "./attention-heatmap/logic";
import * as multiHead from "./multi-head/logic";
import * as headViewer from "./head-viewer/logic";
import * as layerNorm from "./layer-norm/logic";
import * as transformerFlow from "./transformer-flow/logic";
import * as bpeMerges from "./bpe-merges/logic";
import * as tokenizerCompare from "./tokenizer-compare/logic";
import * as embeddingLookup from "./embedding-lookup/logic";
import * as embeddingMap from "./embedding-map/logic";
import * as gptShapes from "./gpt-shapes/logic";
import * as nextChar from "./next-char/logic";
import * as shiftTargets from "./shift-targets/logic";
import * as lossMeter from "./loss-meter/logic";
import * as samplingLab from "./sampling-lab/logic";
import * as generateText from "./generate-text/logic";
import * as trainingDashboard from "../features/training/demo";

export interface DemoViewProps<S extends DemoState> {
  state: S;
  setState: (next: S) => void;
}

export interface DemoSpec {
  id: string;
  title: string;
  /** Props (or a decoded URL) -> a complete, in-range state. */
  normalise: (props: Record<string, unknown>) => DemoState;
  View: LazyExoticComponent<ComponentType<DemoViewProps<DemoState>>>;
}

interface Logic<S extends DemoState> {
  TITLE: string;
  normalise: (props: Record<string, unknown>) => S;
}

function demo<S extends DemoState>(
  id: string,
  logic: Logic<S>,
  load: () => Promise<{ default: ComponentType<DemoViewProps<S>> }>,
): DemoSpec {
  // The host only ever passes a view the state its own normalise() produced.
  const View = lazy(load) as unknown as LazyExoticComponent<ComponentType<DemoViewProps<DemoState>>>;
  return { id, title: logic.TITLE, normalise: logic.normalise, View };
}

export const DEMOS: Readonly<Record<string, DemoSpec>> = Object.fromEntries(
  [
    demo("neuron-sliders", neuronSliders, () => import("./neuron-sliders/View")),
    demo("neuron-graph", neuronGraph, () => import("./neuron-graph/View")),
    demo("multi-input-flow", multiInputFlow, () => import("./multi-input-flow/View")),
    demo("weight-importance", weightImportance, () => import("./weight-importance/View")),
    demo("sigmoid-explorer", sigmoidExplorer, () => import("./sigmoid-explorer/View")),
    demo("relu-explorer", reluExplorer, () => import("./relu-explorer/View")),
    demo("activation-compare", activationCompare, () => import("./activation-compare/View")),
    demo("complete-neuron", completeNeuron, () => import("./complete-neuron/View")),
    demo("neuron-heatmap", neuronHeatmap, () => import("./neuron-heatmap/View")),
    demo("bits-viewer", bitsViewer, () => import("./bits-viewer/View")),
    demo("float-sum", floatSum, () => import("./float-sum/View")),
    demo("overflow-nan", overflowNan, () => import("./overflow-nan/View")),
    demo("power-calculator", powerCalculator, () => import("./power-calculator/View")),
    demo("sqrt-steps", sqrtSteps, () => import("./sqrt-steps/View")),
    demo("calculator", calculator, () => import("./calculator/View")),
    demo("function-machine", functionMachine, () => import("./function-machine/View")),
    demo("guess-the-rule", guessTheRule, () => import("./guess-the-rule/View")),
    demo("plot-points", plotPoints, () => import("./plot-points/View")),
    demo("line-builder", lineBuilder, () => import("./line-builder/View")),
    demo("target-error", targetError, () => import("./target-error/View")),
    demo("error-lines", errorLines, () => import("./error-lines/View")),
    demo("squared-error", squaredError, () => import("./squared-error/View")),
    demo("rise-run", riseRun, () => import("./rise-run/View")),
    demo("nudge-slope", nudgeSlope, () => import("./nudge-slope/View")),
    demo("loss-curve", lossCurve, () => import("./loss-curve/View")),
    demo("gradient-knobs", gradientKnobs, () => import("./gradient-knobs/View")),
    demo("descent-stepper", descentStepper, () => import("./descent-stepper/View")),
    demo("lr-race", lrRace, () => import("./lr-race/View")),
    demo("epoch-trainer", epochTrainer, () => import("./epoch-trainer/View")),
    demo("dot-product", dotProduct, () => import("./dot-product/View")),
    demo("vector-arrows", vectorArrows, () => import("./vector-arrows/View")),
    demo("matmul-grid", matmulGrid, () => import("./matmul-grid/View")),
    demo("matrix-transform", matrixTransform, () => import("./matrix-transform/View")),
    demo("e-growth", eGrowth, () => import("./e-growth/View")),
    demo("log-explorer", logExplorer, () => import("./log-explorer/View")),
    demo("mean-balance", meanBalance, () => import("./mean-balance/View")),
    demo("variance-spread", varianceSpread, () => import("./variance-spread/View")),
    demo("xor-line", xorLine, () => import("./xor-line/View")),
    demo("network-flow", networkFlow, () => import("./network-flow/View")),
    demo("layer-flow", layerFlow, () => import("./layer-flow/View")),
    demo("chain-gears", chainGears, () => import("./chain-gears/View")),
    demo("chain-nudge", chainNudge, () => import("./chain-nudge/View")),
    demo("backprop-flow", backpropFlow, () => import("./backprop-flow/View")),
    demo("backprop-train", backpropTrain, () => import("./backprop-train/View")),
    demo("value-graph", valueGraph, () => import("./value-graph/View")),
    demo("net-playground", netPlayground, () => import("./net-playground/View")),
    demo("draw-digit", drawDigit, () => import("./draw-digit/View")),
    demo("batch-splitter", batchSplitter, () => import("./batch-splitter/View")),
    demo("softmax-bars", softmaxBars, () => import("./softmax-bars/View")),
    demo("one-hot", oneHot, () => import("./one-hot/View")),
    demo("flatten-grid", flattenGrid, () => import("./flatten-grid/View")),
    demo("overfit-curve", overfitCurve, () => import("./overfit-curve/View")),
    demo("dropout-mask", dropoutMask, () => import("./dropout-mask/View")),
    demo("cnn-shapes", cnnShapes, () => import("./cnn-shapes/View")),
    demo("cnn-feature-maps", cnnFeatureMaps, () => import("./cnn-feature-maps/View")),
    demo("pool-grid", poolGrid, () => import("./pool-grid/View")),
    demo("conv-shape", convShape, () => import("./conv-shape/View")),
    demo("conv-slider", convSlider, () => import("./conv-slider/View")),
    demo("filter-on-digit", filterOnDigit, () => import("./filter-on-digit/View")),
    demo("char-encoder", charEncoder, () => import("./char-encoder/View")),
    demo("bigram-table", bigramTable, () => import("./bigram-table/View")),
    demo("rnn-stepper", rnnStepper, () => import("./rnn-stepper/View")),
    demo("vanishing-slope", vanishingSlope, () => import("./vanishing-slope/View")),
    demo("lstm-gates", lstmGates, () => import("./lstm-gates/View")),
    demo("memory-race", memoryRace, () => import("./memory-race/View")),
    demo("qkv-builder", qkvBuilder, () => import("./qkv-builder/View")),
    demo("causal-mask", causalMask, () => import("./causal-mask/View")),
    demo("multi-head", multiHead, () => import("./multi-head/View")),
    demo("head-viewer", headViewer, () => import("./head-viewer/View")),
    demo("attention-weights", attentionWeights, () => import("./attention-weights/View")),
    demo("attention-heatmap", attentionHeatmap, () => import("./attention-heatmap/View")),
    demo("layer-norm", layerNorm, () => import("./layer-norm/View")),
    demo("transformer-flow", transformerFlow, () => import("./transformer-flow/View")),
    demo("tokenizer-compare", tokenizerCompare, () => import("./tokenizer-compare/View")),
    demo("bpe-merges", bpeMerges, () => import("./bpe-merges/View")),
    demo("embedding-lookup", embeddingLookup, () => import("./embedding-lookup/View")),
    demo("embedding-map", embeddingMap, () => import("./embedding-map/View")),
    demo("gpt-shapes", gptShapes, () => import("./gpt-shapes/View")),
    demo("next-char", nextChar, () => import("./next-char/View")),
    demo("shift-targets", shiftTargets, () => import("./shift-targets/View")),
    demo("loss-meter", lossMeter, () => import("./loss-meter/View")),
    demo("sampling-lab", samplingLab, () => import("./sampling-lab/View")),
    demo("generate-text", generateText, () => import("./generate-text/View")),
    demo("training-dashboard", trainingDashboard, () => import("../features/training/DemoView")),
  ].map((d) => [d.id, d]),
);

/** The URL query parameter holding the state of the n-th demo with this id on a page. */
export function urlKey(id: string, occurrence: number): string {
  return occurrence <= 1 ? `d.${id}` : `d.${id}.${occurrence}`;
}
