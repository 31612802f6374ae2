import { cellShade, fmtPercent } from "./chart";
import { perClassAccuracy, worstConfusion, type Confusion } from "./events";

/** Rows: the true class; columns: what the model said. The diagonal is "right". */
export function ConfusionMatrix({ confusion }: { confusion: Confusion }) {
  const { classes, matrix } = confusion;
  const perClass = perClassAccuracy(matrix);
  const worst = worstConfusion(confusion);
  return (
    <div className="training-confusion">
      {/* a phone scrolls the table sideways inside its own box, never the whole page */}
      <div className="training-table-scroll" tabIndex={0} role="region" aria-label="Confusion matrix (scrolls sideways)">
      <table aria-label={`Confusion matrix after epoch ${confusion.epoch}`}>
        <thead>
          <tr>
            <th scope="col">true ↓ / said →</th>
            {classes.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => {
            const total = row.reduce((a, b) => a + b, 0);
            return (
              <tr key={classes[i] ?? i}>
                <th scope="row">{classes[i]}</th>
                {row.map((n, j) => {
                  const shade = cellShade(n, total);
                  const color = i === j ? `rgba(34, 139, 34, ${shade})` : `rgba(200, 40, 40, ${Math.min(1, shade * 2)})`;
                  return (
                    <td key={j} style={{ background: color }} title={`${n} examples of ${classes[i]} were read as ${classes[j]}`}>
                      {n}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      <div className="training-per-class" aria-label="Accuracy of each class">
        {perClass.map((a, i) => (
          <div key={classes[i] ?? i} className="training-bar-row">
            <span className="training-bar-label">{classes[i]}</span>
            <span className="training-bar" style={{ width: `${a * 100}%` }} />
            <span className="training-bar-value">{fmtPercent(a)}</span>
          </div>
        ))}
      </div>
      {worst && (
        <p className="training-note">
          Most common mistake: {worst.actual} read as {worst.predicted} ({worst.count} times).
        </p>
      )}
    </div>
  );
}
