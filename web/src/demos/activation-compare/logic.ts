/** The same input through sigmoid and through ReLU, side by side. */
import { type Step } from "../../explain";
import { compute as computeRelu, CURVE as RELU_CURVE, Y_DOMAIN as RELU_Y } from "../relu-explorer/logic";
import { compute as computeSigmoid, CURVE as SIGMOID_CURVE, X, Y_DOMAIN as SIGMOID_Y, normalise as normaliseX, type XState } from "../sigmoid-explorer/logic";

export const TITLE = "Sigmoid and ReLU side by side";
export { X, RELU_CURVE, SIGMOID_CURVE, RELU_Y, SIGMOID_Y, type XState };

export const normalise = normaliseX;

export function compute(s: XState): { sigmoid: { steps: Step[]; output: number }; relu: { steps: Step[]; output: number } } {
  return { sigmoid: computeSigmoid(s), relu: computeRelu(s) };
}
