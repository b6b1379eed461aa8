import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A short confirmation shown at the top of the next screen ("Feedback sent to Ada"). */
export interface Notice {
  message: string;
  /** The screen (route name) it belongs on. */
  on: string;
}

interface NoticeContextValue {
  notice: Notice | null;
  show: (notice: Notice) => void;
  dismiss: () => void;
}

const NoticeContext = createContext<NoticeContextValue>({ notice: null, show: () => {}, dismiss: () => {} });

/** Holds the one pending notice for the screens below it. */
export const NoticeProvider = ({ children }: { children: ReactNode }) => {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback((next: Notice) => setNotice(next), []);
  const dismiss = useCallback(() => setNotice(null), []);
  const value = useMemo(() => ({ notice, show, dismiss }), [notice, show, dismiss]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
};

/** The pending notice, a way to show one, and a way to dismiss it. */
export const useNotice = () => useContext(NoticeContext);
