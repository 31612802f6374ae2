/**
 * The training panel as a lesson demo (`::: demo training-dashboard` with `preset: mnist-mlp`),
 * so lessons embed it like any other demo. State: the preset's name only; the settings a
 * learner types are not put in the URL (a link should not start a long job).
 */
import { choiceProp } from "../../demos/state";

export const TITLE = "Train a model and watch it learn";

export const PRESETS = ["xor", "spiral", "mnist-mlp", "mnist-cnn", "fashion-cnn", "char-lstm", "char-gpt"] as const;

export type TrainingDemoState = { preset: (typeof PRESETS)[number] };

export function normalise(p: Record<string, unknown>): TrainingDemoState {
  return { preset: choiceProp(p.preset, PRESETS, "xor") };
}
