import { Link } from '../routing/router';
import { useDocumentTitle } from './document-title';

/** A path that is no screen of the app. */
export const NotFoundScreen = () => {
  useDocumentTitle('Page not found');
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is nothing here. <Link to="/">Go to your dashboard</Link>.
      </p>
    </section>
  );
};
