/**
 * The training panel as a lesson demo (`::: demo training-dashboard` with `preset: mnist-mlp`),
 * so lessons embed it like any other demo. A lesson may also suggest settings to start from:
 *
 *   ::: demo training-dashboard
 *   preset: mnist-mlp
 *   settings: {epochs: 20, train_subset: 500, dropout: 0}
 *   :::
 *
 * The learner can change every field before pressing Start. State: the preset's name and the
 * suggested numbers as one string ("epochs=20 train_subset=500"); nothing in a link starts a
 * job, a learner always presses Start.
 */
import { choiceProp } from "../../demos/state";

export const TITLE = "Train a model and watch it learn";

export const PRESETS = ["xor", "spiral", "mnist-mlp", "mnist-cnn", "fashion-cnn", "char-lstm", "char-gpt"] as const;

/** The settings a lesson may suggest: numbers only (the server checks each range). */
export const SUGGESTIBLE = ["learning_rate", "batch_size", "epochs", "dropout", "train_subset", "steps_per_epoch", "block_size", "n_layer", "n_head"] as const;

export type TrainingDemoState = { preset: (typeof PRESETS)[number]; settings: string };

/** {epochs: 20, dropout: 0.5} or "epochs=20 dropout=0.5" -> the known, finite numbers. */
export function parseSettings(v: unknown): Record<string, number> {
  const pairs: [string, unknown][] =
    typeof v === "string"
      ? v
          .split(/\s+/)
          .filter((t) => t.includes("="))
          .map((t) => [t.slice(0, t.indexOf("=")), t.slice(t.indexOf("=") + 1)])
      : v && typeof v === "object"
        ? Object.entries(v)
        : [];
  const out: Record<string, number> = {};
  for (const [key, raw] of pairs) {
    const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
    if ((SUGGESTIBLE as readonly string[]).includes(key) && Number.isFinite(n)) out[key] = n;
  }
  return out;
}

export function settingsText(settings: Record<string, number>): string {
  return Object.entries(settings)
    .map(([k, n]) => `${k}=${n}`)
    .join(" ");
}

export function normalise(p: Record<string, unknown>): TrainingDemoState {
  return { preset: choiceProp(p.preset, PRESETS, "xor"), settings: settingsText(parseSettings(p.settings)) };
}
