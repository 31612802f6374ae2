import { useEffect, useState, type FormEvent } from "react";
import { LoadError } from "../../components/Layout/Status";
import { accountApi, type Account, type ClassInfo, type ClassTable } from "./api";

/** Learners join a class with its code; teachers make classes and read each class table. */
export function ClassesPanel({ user }: { user: Account }) {
  const [classes, setClasses] = useState<{ teaching: ClassInfo[]; joined: ClassInfo[] } | null>(null);
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [table, setTable] = useState<ClassTable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    accountApi.classes().then(setClasses, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [tick]);

  const run = async (e: FormEvent, what: () => Promise<unknown>) => {
    e.preventDefault();
    setError(null);
    try {
      await what();
      setTick((t) => t + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section aria-labelledby="classes-title">
      <h2 id="classes-title">Classes</h2>
      {error && <LoadError message={error} />}
      {user.role === "teacher" ? (
        <>
          <form onSubmit={(e) => void run(e, () => accountApi.createClass(name))} className="buttons">
            <label htmlFor="class-name">New class</label>
            <input id="class-name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button">Create</button>
          </form>
          <ul>
            {classes?.teaching.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong> — join code <code>{c.join_code}</code>{" "}
                <button type="button" className="button ghost" onClick={() => void accountApi.classTable(c.id).then(setTable, (e: unknown) => setError(String(e)))}>
                  Show progress
                </button>{" "}
                <a href={`/api/classes/${c.id}/table.csv`} download>
                  Download CSV
                </a>
              </li>
            ))}
          </ul>
          {table && <ClassTableView table={table} />}
        </>
      ) : (
        <>
          <form onSubmit={(e) => void run(e, () => accountApi.joinClass(code))} className="buttons">
            <label htmlFor="join-code">Join a class with its code</label>
            <input id="join-code" required minLength={4} maxLength={16} value={code} onChange={(e) => setCode(e.target.value)} />
            <button type="submit" className="button">Join</button>
          </form>
          {classes && classes.joined.length > 0 && <p>You are in: {classes.joined.map((c) => c.name).join(", ")}.</p>}
        </>
      )}
    </section>
  );
}

function ClassTableView({ table }: { table: ClassTable }) {
  return (
    <div className="table-wrap">
      <table className="progress-table">
        <caption>{table.class.name}: progress per learner and module</caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            <th scope="col">Minutes</th>
            <th scope="col">Streak</th>
            {table.modules.map((m) => (
              <th scope="col" key={m.id} title={m.title}>
                {m.id.split("-")[0]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.learners.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.name}</th>
              <td>{l.minutes}</td>
              <td>{l.streak}</td>
              {table.modules.map((m) => {
                const cell = l.modules[m.id];
                return (
                  <td key={m.id}>
                    {!cell ? "" : cell.complete ? "✓ complete" : cell.visited ? `${cell.exercises_passed}/${cell.exercises_required}` : "–"}
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
