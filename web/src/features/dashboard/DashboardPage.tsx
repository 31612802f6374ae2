import { Link } from "react-router";
import { PendingPage } from "../../components/Layout/Status";
import { formatMinutes, moduleStatus } from "./logic";
import { useDashboard } from "./useDashboard";

/** Per part and module: visited, exercises passed, quiz best, time; streak and reviews due. */
export function DashboardPage() {
  const state = useDashboard();
  if (state.status !== "ok") return <PendingPage state={state} what="your dashboard" />;
  const d = state.data;
  const due = d.review.due.length;
  return (
    <div className="wrap page">
      <h1>Dashboard</h1>
      <ul className="dashboard-totals">
        <li>
          <strong data-testid="streak">{d.streak.current}</strong> day{d.streak.current === 1 ? "" : "s"} in a row
          (longest {d.streak.longest})
        </li>
        <li>
          <strong>{formatMinutes(d.minutes)}</strong> of study
        </li>
        <li>
          <Link to="/review">
            <strong data-testid="reviews-due">{due}</strong> question{due === 1 ? "" : "s"} to review today
          </Link>
        </li>
        <li>
          <Link to="/certificate">
            {d.certificate_earned ? "Your certificate is ready" : "Certificate: not yet earned"}
          </Link>
        </li>
      </ul>
      {d.parts
        .filter((p) => p.modules.length > 0)
        .map((p) => (
          <section key={p.id} className="part" aria-labelledby={`part-${p.id}`}>
            <h2 id={`part-${p.id}`}>
              {p.title} {p.complete && <span className="badge done">Complete</span>}
            </h2>
            <div className="table-wrap">
              <table className="progress-table">
                <thead>
                  <tr>
                    <th scope="col">Lesson</th>
                    <th scope="col">Visited</th>
                    <th scope="col">Exercises passed</th>
                    <th scope="col">Best quiz</th>
                    <th scope="col">Time</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {p.modules.map((m) => (
                    <tr key={m.id} data-testid={`dashboard-${m.id}`}>
                      <th scope="row">
                        <Link to={`/learn/${m.id}`}>{m.title}</Link>
                      </th>
                      <td>{m.visited ? "Yes" : "Not yet"}</td>
                      <td>
                        {m.exercises_passed.length} of{" "}
                        {Math.max(m.exercises_required.length, m.exercises_passed.length)}
                      </td>
                      <td>{m.quiz_best ? `${m.quiz_best.score}/${m.quiz_best.total}` : "–"}</td>
                      <td>{formatMinutes(m.minutes)}</td>
                      <td>{moduleStatus(m)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {p.projects.length > 0 && (
              <p>
                Projects:{" "}
                {p.projects.map((x) => `${x.exercise} ${x.passed ? "passed" : "not passed yet"}`).join("; ")}
              </p>
            )}
          </section>
        ))}
    </div>
  );
}
