import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { accountApi } from "./api";
import { describe, syncNow } from "./sync";

type Mode = "sign-in" | "sign-up";

/** Sign in or sign up; afterwards this browser's progress is merged into the account. */
function AccountForm({ mode }: { mode: Mode }) {
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === "sign-up") await accountApi.signUp(email, name, password);
      else await accountApi.signIn(email, password);
      // First sign-in on this browser: the progress made before it joins the account.
      const report = await syncNow();
      navigate("/account", { state: { message: describe(report) } });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const title = mode === "sign-up" ? "Make an account" : "Sign in";
  return (
    <div className="wrap page">
      <h1>{title}</h1>
      <p className="lead">
        An account keeps your progress on this server, so it follows you to other devices and your teacher can see
        it. The progress already in this browser is added to your account.
      </p>
      <form onSubmit={(e) => void submit(e)} className="account-form" aria-describedby={error ? "account-error" : undefined}>
        <p>
          <label htmlFor="account-email">Email</label>
          <br />
          <input id="account-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </p>
        {mode === "sign-up" && (
          <p>
            <label htmlFor="account-name">Your name (as it should appear on your certificate)</label>
            <br />
            <input id="account-name" autoComplete="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
          </p>
        )}
        <p>
          <label htmlFor="account-password">Password{mode === "sign-up" ? " (at least 10 characters)" : ""}</label>
          <br />
          <input
            id="account-password"
            type="password"
            autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
            required
            minLength={mode === "sign-up" ? 10 : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </p>
        {error && (
          <p id="account-error" className="callout error" role="alert">
            {error}
          </p>
        )}
        <div className="buttons">
          <button type="submit" className="button" disabled={busy}>
            {busy ? "One moment…" : title}
          </button>
          {mode === "sign-in" ? <Link to="/signup">No account yet? Make one</Link> : <Link to="/signin">Have an account? Sign in</Link>}
        </div>
      </form>
    </div>
  );
}

export function SignInPage() {
  return <AccountForm mode="sign-in" />;
}

export function SignUpPage() {
  return <AccountForm mode="sign-up" />;
}
