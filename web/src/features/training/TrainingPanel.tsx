import { useEffect, useState } from "react";
import { SettingError, trainingApi, type Preset, type PresetSetting } from "./api";
import { TrainingDashboard } from "./TrainingDashboard";
import { useTrainingJob } from "./useTrainingJob";

interface Props {
  /** The preset a lesson starts with, e.g. "mnist-mlp". */
  preset: string;
  /** Settings the lesson suggests (the learner can still change them). */
  initial?: Record<string, unknown>;
}

function parseValue(setting: PresetSetting, text: string): unknown {
  if (setting.choices) return text;
  if (Array.isArray(setting.default)) return text.split(",").map((t) => Number(t.trim()));
  return Number(text);
}

function showValue(v: unknown): string {
  return Array.isArray(v) ? v.join(", ") : String(v);
}

/** Pick settings, start a server training job, watch it live, cancel it. */
export function TrainingPanel({ preset, initial = {} }: Props) {
  const job = useTrainingJob();
  const [presets, setPresets] = useState<Preset[] | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    trainingApi
      .presets(controller.signal)
      .then((r) => setPresets(r.presets))
      .catch((e: unknown) => {
        if (!(e instanceof DOMException && e.name === "AbortError")) setLoadError(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
  }, []);

  const spec = presets?.find((p) => p.name === preset) ?? null;
  if (loadError) return <p className="training-error">{loadError}</p>;
  if (!spec) return <p>{presets ? `There is no training preset called “${preset}”.` : "Loading the training settings…"}</p>;

  const current = (s: PresetSetting) => values[s.name] ?? showValue(initial[s.name] ?? s.default);
  const shown = spec.settings.filter((s) => s.name !== "seed");
  const running = job.state.phase === "queued" || job.state.phase === "running";
  const fieldError = job.error instanceof SettingError ? job.error.field.replace("hyperparameters.", "") : null;

  const start = () => {
    const hyper: Record<string, unknown> = {};
    for (const s of shown) hyper[s.name] = parseValue(s, current(s));
    void job.start(preset, hyper);
  };

  return (
    <div className="training-panel">
      <p>{spec.summary}</p>
      <form
        className="training-settings"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        {shown.map((s) => (
          <label key={s.name} className={fieldError === s.name ? "training-field-error" : undefined}>
            <span>{s.name.replaceAll("_", " ")}</span>
            {s.choices ? (
              <select value={current(s)} onChange={(e) => setValues({ ...values, [s.name]: e.target.value })} disabled={running}>
                {s.choices.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            ) : (
              <input value={current(s)} onChange={(e) => setValues({ ...values, [s.name]: e.target.value })} disabled={running} title={s.range ? `${s.description}: ${s.range[0]} to ${s.range[1]}` : s.description} />
            )}
          </label>
        ))}
        <div className="training-buttons">
          <button type="submit" className="button" disabled={running}>
            Train
          </button>
          <button type="button" className="button secondary" onClick={() => void job.cancel()} disabled={!running}>
            Cancel
          </button>
        </div>
      </form>
      {job.error && <p className="training-error">{job.error.message}</p>}
      <TrainingDashboard state={job.state} reference={spec.reference} />
    </div>
  );
}
