import { Link } from '../routing/router';
import { MissingState } from '../ui/states';
import { useDocumentTitle } from './document-title';

/** A path that is no screen of the app. */
export const NotFoundScreen = () => {
  useDocumentTitle('Page not found');
  return (
    <MissingState title="Page not found">
      There is nothing here. <Link to="/">Go to your dashboard</Link>.
    </MissingState>
  );
};
