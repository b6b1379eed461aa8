import { useEffect } from 'react';

/** Sets the tab's title to `<title> · Pivotal` while the screen is shown. */
export const useDocumentTitle = (title: string): void => {
  useEffect(() => {
    document.title = `${title} · Pivotal`;
  }, [title]);
};
