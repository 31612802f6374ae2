import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { INDEX, compute, ladder, type GrowthState } from "./logic";

const LADDER = ladder();

export default function EGrowth({ state, setState }: DemoViewProps<GrowthState>) {
  const { parts, name, steps, money, gap } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="how often the money grows" label={`grow ${name} (${parts} parts)`} {...INDEX} value={state.n} onChange={(n) => setState({ n })} />
      </div>
      <p className="result" aria-live="polite">
        1 coin becomes <strong>{fmt(money)}</strong> coins after a year. e is {fmt(Math.E)}, so the gap is {fmt(gap)}.
      </p>
      <div className="bars" role="img" aria-label={`Money after a year for each choice: ${LADDER.map((l) => `${l.parts} parts gives ${fmt(l.money)}`).join(", ")}.`}>
        {LADDER.map((l) => (
          <div key={l.parts} style={{ display: "flex", alignItems: "center", gap: "0.4rem", margin: "0.15rem 0" }}>
            <span style={{ width: "5.5rem", fontFamily: "var(--mono)", fontSize: "0.85rem", textAlign: "right" }}>{l.parts}</span>
            <span
              style={{
                height: "0.8rem",
                width: `${(l.money / 3) * 70}%`,
                background: l.parts === parts ? "var(--accent)" : "var(--line)",
                borderRadius: "4px",
              }}
            />
            <span style={{ fontFamily: "var(--mono)", fontSize: "0.85rem" }}>{fmt(l.money)}</span>
          </div>
        ))}
      </div>
      <StepList steps={steps} label="One year of growing" />
    </div>
  );
}
