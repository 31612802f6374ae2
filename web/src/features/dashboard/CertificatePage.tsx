import { useEffect, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { LoadError, Loading } from "../../components/Layout/Status";
import { accountApi, type CertificateStatus, type Verdict } from "../account/api";
import { useAccount } from "../account/useAccount";

/** Earn, print and download the certificate; check any code. */
export function CertificatePage() {
  const { state } = useAccount();
  const [status, setStatus] = useState<CertificateStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const signedIn = state.status === "signed-in";

  useEffect(() => {
    if (!signedIn) return;
    accountApi.certificate().then(setStatus, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [signedIn]);

  const issue = async () => {
    setError(null);
    try {
      await accountApi.issueCertificate();
      setStatus(await accountApi.certificate());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="wrap page">
      <h1>Certificate</h1>
      <p className="lead">
        When every part of the course is complete, this server issues a certificate with your name, the date and a
        code anyone can check.
      </p>
      {state.status === "loading" && <Loading what="your account" />}
      {state.status === "signed-out" && (
        <p>
          Certificates are signed by a server that keeps accounts. <Link to="/signin">Sign in</Link> (the progress in
          this browser comes with you) to earn yours.
        </p>
      )}
      {error && <LoadError message={error} />}
      {status?.certificate ? (
        <section className="part" aria-label="Your certificate">
          <p>
            Issued to <strong>{status.certificate.name}</strong> on {status.certificate.issued_on}.
          </p>
          <p>
            Verification code: <code data-testid="certificate-code">{status.certificate.code}</code>
          </p>
          <div className="buttons">
            <a className="button" href={status.certificate.html_url} target="_blank" rel="noreferrer">
              Open the printable page
            </a>
            <a className="button secondary" href={status.certificate.pdf_url} download>
              Download the PDF
            </a>
          </div>
        </section>
      ) : (
        status && (
          <section aria-label="Progress towards the certificate">
            {status.earned ? (
              <button type="button" className="button" onClick={() => void issue()}>
                Issue my certificate
              </button>
            ) : (
              <p>
                Still to complete: {status.parts_remaining.join(", ")}. The <Link to="/dashboard">dashboard</Link>{" "}
                shows what each part needs.
              </p>
            )}
          </section>
        )
      )}
      <VerifyForm />
    </div>
  );
}

function VerifyForm() {
  const [code, setCode] = useState("");
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      setVerdict(await accountApi.verify(code));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section aria-labelledby="verify-title">
      <h2 id="verify-title">Check a certificate</h2>
      <form onSubmit={(e) => void submit(e)} className="buttons">
        <label htmlFor="verify-code">Code</label>
        <input
          id="verify-code"
          required
          placeholder="FZ-12-ABCD-EFGH-JKLM-NPQR"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="button">
          Check
        </button>
      </form>
      {error && <LoadError message={error} />}
      {verdict && (
        <p className={verdict.genuine ? "summary ok" : "summary bad"} role="status" data-testid="verify-verdict">
          {verdict.message}
        </p>
      )}
    </section>
  );
}
