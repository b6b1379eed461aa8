import { useDocumentTitle } from '../shell/document-title';
import { DownloadMyData } from './download-my-data';
import { EraseMyAccount } from './erase-my-account';

/** The candidate's rights over their data: a copy of it, and erasing it. */
export const AccountScreen = () => {
  useDocumentTitle('Account');
  return (
    <section aria-labelledby="account-title" className="screen">
      <h1 id="account-title" tabIndex={-1}>
        Your account
      </h1>
      <DownloadMyData />
      <EraseMyAccount />
    </section>
  );
};
