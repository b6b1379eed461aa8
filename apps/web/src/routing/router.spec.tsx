import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Link, matchPath, navigate, searchParam, useLocation } from './router';

const ShowLocation = () => <p>at {useLocation()}</p>;

describe('matchPath', () => {
  it('answers the parameters of a matching path', () => {
    expect(matchPath('/applications/:id/feedback', '/applications/a%201/feedback')).toEqual({ id: 'a 1' });
  });

  it('answers null for another route', () => {
    expect(matchPath('/applications/:id', '/goals')).toBeNull();
    expect(matchPath('/applications/:id', '/applications/a1/feedback')).toBeNull();
  });

  it('ignores the query string', () => {
    expect(matchPath('/login', '/login?ended=1')).toEqual({});
    expect(searchParam('/login?ended=1', 'ended')).toBe('1');
  });
});

describe('navigation', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('given a link, when it is clicked, then the location changes without a reload', async () => {
    render(
      <>
        <Link to="/goals">Goals</Link>
        <ShowLocation />
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Goals' }));
    expect(screen.getByText('at /goals')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/goals');
  });

  it('given a navigation, when the user goes back, then the location follows', async () => {
    render(<ShowLocation />);
    act(() => navigate('/applications/a1'));
    expect(screen.getByText('at /applications/a1')).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByText('at /')).toBeInTheDocument();
  });
});
