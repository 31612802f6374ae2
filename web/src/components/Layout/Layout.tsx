import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { useAutoSync } from "../../features/account/useAutoSync";

/** Skip link, header, the page, footer. Moves to the top of each new page. */
export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useAutoSync();
  useEffect(() => {
    window.scrollTo(0, 0);
    // After a link click, start keyboard and screen-reader users at the new page's content
    // (the link they pressed is gone); on the first load, leave focus where the browser put it.
    if (first.current) first.current = false;
    else main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">0→</span> From Zero
          </Link>
          <nav aria-label="Main">
            <NavLink to="/" end>
              Course map
            </NavLink>
            <NavLink to="/dashboard">Dashboard</NavLink>
            <NavLink to="/review">Review</NavLink>
            <NavLink to="/progress">My progress</NavLink>
            <NavLink to="/account">Account</NavLink>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="wrap">From Zero — learn how AI works, one small step at a time. Works offline; your progress is kept in this browser, and on the server too when you sign in.</div>
      </footer>
    </>
  );
}
