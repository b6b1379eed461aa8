import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { feedback } from '../testing/fixtures';
import { answer, clientAnswering, renderScreen } from '../testing/render-screen';
import { FeedbackNotifier } from './feedback-notifier';

describe('the feedback notifier', () => {
  it('given nothing arrived, then the live region is there and empty', () => {
    renderScreen(<FeedbackNotifier />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });

  it('given feedback arrives, then announces it with a link to read it, until dismissed', async () => {
    renderScreen(<FeedbackNotifier />, {
      client: clientAnswering({
        subscription: () => answer({ feedbackReceived: feedback({ id: 'f7', applicationId: 'a3' }) }),
      }),
    });
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('New feedback has arrived.');
    expect(screen.getByRole('link', { name: 'Read the feedback' })).toHaveAttribute(
      'href',
      '/applications/a3/feedback',
    );
    expect(region).not.toHaveTextContent(feedback().summary);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(region).toBeEmptyDOMElement();
  });
});
