import { fmt, slopeFmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { EXPLODE, FACTOR, HIGH, LOW, STEPS, VANISH, barPosition, compute, stepsToVanish, type SlopeState, type Verdict } from "./logic";

const WORDS: Record<Verdict, string> = {
  vanishes: "vanishes: the early steps get almost no credit, so they barely learn.",
  explodes: "explodes: the nudges become huge and learning blows up, like a learning rate that is too big.",
  survives: "survives: the early steps still get a fair share of the credit.",
};
const COLOURS: Record<Verdict, string> = { vanishes: "#2563eb", explodes: "#dc2626", survives: "#2b8a3e" };

export default function VanishingSlope({ state, setState }: DemoViewProps<SlopeState>) {
  const v = compute(state);
  const until = stepsToVanish(state.factor);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="factor per step" min={FACTOR.min} max={FACTOR.max} step={FACTOR.step} value={state.factor} onChange={(factor) => setState({ ...state, factor })} />
        <Slider name="steps back" min={STEPS.min} max={STEPS.max} step={STEPS.step} value={state.steps} onChange={(steps) => setState({ ...state, steps })} />
      </div>
      <p className="result" aria-live="polite">
        {state.steps} step{state.steps === 1 ? "" : "s"} back: {fmt(state.factor)}^{state.steps} = <strong>{slopeFmt(v.value)}</strong>. The slope{" "}
        <span style={{ color: COLOURS[v.verdict], fontWeight: 600 }}>{WORDS[v.verdict]}</span>
      </p>
      <p className="muted">
        {until === null
          ? `With ${fmt(state.factor)} per step, the slope never drops below ${fmt(VANISH)} within ${STEPS.max} steps.`
          : `With ${fmt(state.factor)} per step, the slope drops below ${fmt(VANISH)} after ${until} step${until === 1 ? "" : "s"} back.`}{" "}
        Below {fmt(VANISH)} we say it vanishes; above {fmt(EXPLODE)}, it explodes.
      </p>
      <div className="table-wrap">
        <table className="progress-table">
          <caption>The slope, one step back at a time. Each bar mark is ten times the one to its left.</caption>
          <thead>
            <tr>
              <th scope="col">steps back</th>
              <th scope="col">slope</th>
              <th scope="col" style={{ width: "55%" }}>
                size (log-like bar)
              </th>
            </tr>
          </thead>
          <tbody>
            {v.rows.map((r, i) => (
              <tr key={r.back}>
                <td>
                  {v.gap && i === v.rows.length - 1 ? "… " : ""}
                  {r.back}
                </td>
                <td style={{ fontFamily: "var(--mono)" }}>{slopeFmt(r.value)}</td>
                <td>
                  <div aria-hidden="true" style={{ position: "relative", height: "0.9rem", background: "var(--paper)", border: "1px solid var(--line)", borderRadius: "3px" }}>
                    <div style={{ width: `${barPosition(r.value) * 100}%`, height: "100%", background: COLOURS[v.verdict], opacity: 0.75, borderRadius: "3px" }} />
                    <div style={{ position: "absolute", top: 0, bottom: 0, left: "50%", borderLeft: "1px dashed #555" }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        The bar runs from 10^{fmt(LOW)} (empty) to 10^{fmt(HIGH)} (full). The dashed line in the middle marks a slope of 1: nothing lost, nothing gained.
      </p>
      <StepList steps={v.steps} label="The product, step by step" />
    </div>
  );
}
