import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. The link may be mistyped, or the page may have moved.
      </p>
      <p>
        <Link to="/">Go to the overview</Link> or <Link to="/plan">read the plan</Link>.
      </p>
    </section>
  );
}
