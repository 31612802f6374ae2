import { Link } from "react-router";

export function NotFound() {
  return (
    <div className="wrap page">
      <h1>This page does not exist</h1>
      <p>
        The link may be old or mistyped. <Link to="/">Go to the course map</Link> to find your place.
      </p>
    </div>
  );
}
