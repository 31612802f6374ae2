import { shade } from "./logic";

interface Props {
  /** The accessible name of the grid, e.g. "Head 1: attention weights". */
  label: string;
  /** One label per row (the token that looks) and per column (the token looked at). */
  rows: readonly string[];
  cols: readonly string[];
  /** weights[i][j]: how much row i looks at column j. A row may be shorter (masked cells). */
  weights: readonly (readonly number[])[];
  /** The row to outline, counted from 0. */
  highlight?: number;
  /** Decimals shown in each cell. */
  decimals?: number;
}

const cell = { minWidth: "2.6rem", padding: "0.25rem 0.3rem", textAlign: "center", fontFamily: "var(--mono)", fontSize: "0.85rem", border: "1px solid var(--line)" } as const;
const head = { padding: "0.2rem 0.35rem", fontFamily: "var(--mono)", fontSize: "0.85rem", whiteSpace: "pre" } as const;

/** A table of attention weights, each cell shaded by its weight; it scrolls inside its own box. */
export function WeightGrid({ label, rows, cols, weights, highlight, decimals = 2 }: Props) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: "auto", maxWidth: "100%" }}>
      <table style={{ borderCollapse: "collapse" }}>
        <caption style={{ textAlign: "left", fontWeight: 600, padding: "0.2rem 0" }}>{label}</caption>
        <thead>
          <tr>
            <th scope="col" style={head}>
              <span className="visually-hidden">looks from ↓ at →</span>
            </th>
            {cols.map((c, j) => (
              <th key={j} scope="col" style={head}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} style={i === highlight ? { outline: "3px solid var(--accent)" } : undefined}>
              <th scope="row" style={{ ...head, textAlign: "right" }}>
                {r}
              </th>
              {cols.map((_, j) => {
                const w = weights[i]?.[j];
                if (w === undefined) {
                  return (
                    <td key={j} style={{ ...cell, color: "var(--ink-soft)" }}>
                      ·
                    </td>
                  );
                }
                const p = shade(w);
                return (
                  <td
                    key={j}
                    style={{
                      ...cell,
                      background: `color-mix(in srgb, var(--accent) ${p}%, var(--paper))`,
                      color: p > 50 ? "var(--accent-ink)" : "inherit",
                    }}
                  >
                    {w.toFixed(decimals)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
