import type { HistogramBins, HistogramLayer } from "./events";

function Bars({ bins, color, label }: { bins: HistogramBins; color: string; label: string }) {
  const max = Math.max(1, ...bins.counts);
  const w = 120 / bins.counts.length;
  const lo = bins.edges[0] ?? 0;
  const hi = bins.edges.at(-1) ?? 0;
  return (
    <svg viewBox="0 0 120 40" className="training-histogram" role="img" aria-label={`${label} from ${lo.toPrecision(2)} to ${hi.toPrecision(2)}`}>
      {bins.counts.map((c, i) => (
        <rect key={i} x={i * w} y={40 - (38 * c) / max} width={Math.max(0.5, w - 0.5)} height={(38 * c) / max} fill={color} />
      ))}
    </svg>
  );
}

/** Weight and gradient histograms per layer: shrinking gradients show a layer stops learning. */
export function Histograms({ layers }: { layers: readonly HistogramLayer[] }) {
  return (
    <table className="training-histograms">
      <thead>
        <tr>
          <th scope="col">layer</th>
          <th scope="col">weights</th>
          <th scope="col">gradients</th>
        </tr>
      </thead>
      <tbody>
        {layers.map((l) => (
          <tr key={l.name}>
            <th scope="row">{l.name}</th>
            <td>{l.weights ? <Bars bins={l.weights} color="#1f6feb" label={`${l.name} weights`} /> : "—"}</td>
            <td>{l.gradients ? <Bars bins={l.gradients} color="#d9480f" label={`${l.name} gradients`} /> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
