import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider } from 'urql';
import { NoticeProvider } from '../shell/notice';
import { testClient, type Answers } from './test-client';

/** Renders a screen inside urql's real Provider with a client whose network answers from `answers`. */
export const renderWithAnswers = (screen: ReactElement, answers: Answers) => {
  const fake = testClient(answers);
  const rendered = render(
    <Provider value={fake.client}>
      <NoticeProvider>{screen}</NoticeProvider>
    </Provider>,
  );
  return { ...rendered, ...fake };
};
