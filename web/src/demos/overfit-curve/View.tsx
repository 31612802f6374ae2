import { fmt } from "../../explain";
import type { DemoViewProps } from "../registry";
import { sample } from "../sample";
import { Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import {
  DEGREE,
  HELD_OUT_COUNT,
  TRAIN_COUNT,
  X_DOMAIN,
  Y_DOMAIN,
  bestDegree,
  errorTable,
  fit,
  makePoints,
  nextSeed,
  predict,
  trueCurve,
  verdict,
  type CurveState,
} from "./logic";

const HELD_OUT_COLOR = "#1f6feb";

export default function OverfitCurve({ state, setState }: DemoViewProps<CurveState>) {
  const points = makePoints(state.seed);
  const coeffs = fit(points.train, state.degree);
  const table = errorTable(points);
  const row = table[state.degree - 1]!;
  const best = bestDegree(table);
  const curve = sample((x) => predict(coeffs, x), X_DOMAIN[0], X_DOMAIN[1], 200);
  const errorTop = Math.max(...table.map((r) => Math.min(r.heldOut, 1.5)), 0.5) * 1.1;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="degree" label="degree (how bendy the curve may be)" {...DEGREE} value={state.degree} onChange={(degree) => setState({ ...state, degree })} />
      </div>
      <div className="buttons">
        <button type="button" className="button secondary" onClick={() => setState({ ...state, seed: nextSeed(state.seed) })}>
          New points
        </button>
        <span className="muted">Point set {state.seed}</span>
      </div>
      <p className="result" aria-live="polite">
        Degree {state.degree}: error on the {TRAIN_COUNT} training points <strong>{fmt(row.train)}</strong>, on the {HELD_OUT_COUNT} held-out points{" "}
        <strong>{fmt(row.heldOut)}</strong>
      </p>
      <p aria-live="polite">{verdict(table, state.degree)}</p>
      <div className="side-by-side">
        <XYChart
          description={`Ten training points (filled), twenty held-out points (hollow), the true wave (dashed) and the fitted curve of degree ${state.degree}.`}
          xDomain={X_DOMAIN}
          yDomain={Y_DOMAIN}
          xLabel="x"
          yLabel="y"
          series={[
            { id: "true", points: sample(trueCurve, 0, 1, 100), color: "var(--muted)", dashed: true, width: 2 },
            { id: "fit", points: curve },
          ]}
          dots={[
            ...points.heldOut.map(([x, y]) => ({ x, y, r: 4, hollow: true, color: HELD_OUT_COLOR })),
            ...points.train.map(([x, y]) => ({ x, y })),
          ]}
        />
        <XYChart
          description={`Error by degree. Training points: ${table.map((r) => fmt(r.train)).join(", ")}. Held-out points: ${table.map((r) => fmt(r.heldOut)).join(", ")}.`}
          xDomain={[0.5, 9.5]}
          yDomain={[0, errorTop]}
          xLabel="degree"
          yLabel="mean squared error"
          series={[
            { id: "train", points: table.map((r) => [r.degree, r.train]) },
            { id: "held", points: table.map((r) => [r.degree, r.heldOut]), color: HELD_OUT_COLOR, dashed: true },
          ]}
          dots={[
            { x: state.degree, y: row.train, r: 6 },
            { x: state.degree, y: row.heldOut, r: 6, color: HELD_OUT_COLOR },
          ]}
        />
      </div>
      <p className="small">
        Solid line: error on the training points. Dashed blue: error on the held-out points. Made-up points: a wave plus random noise. Errors above 1.5 leave the
        chart; the table shows them all.
      </p>
      <div className="table-wrap">
        <table className="progress-table">
          <caption className="visually-hidden">The two errors for every degree</caption>
          <thead>
            <tr>
              <th scope="col">degree</th>
              <th scope="col">training error</th>
              <th scope="col">held-out error</th>
            </tr>
          </thead>
          <tbody>
            {table.map((r) => (
              <tr key={r.degree} aria-current={r.degree === state.degree ? "true" : undefined} style={r.degree === state.degree ? { fontWeight: 700 } : undefined}>
                <th scope="row">
                  {r.degree}
                  {r.degree === best ? " (lowest held-out)" : ""}
                </th>
                <td>{fmt(r.train)}</td>
                <td>{fmt(r.heldOut)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
