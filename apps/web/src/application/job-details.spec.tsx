import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { application } from '../testing/fixtures';
import { JobDetails } from './job-details';

describe('the job details of an application', () => {
  it('given a URL, a location and notes, then shows the ad as a link that opens apart, and the rest', () => {
    render(
      <JobDetails
        application={application({
          jobUrl: 'https://acme.example/jobs/1',
          location: 'Berlin',
          notes: 'Ask about remote',
        })}
      />,
    );
    const link = screen.getByRole('link', { name: 'https://acme.example/jobs/1' });
    expect(link).toHaveAttribute('href', 'https://acme.example/jobs/1');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Location').nextSibling).toHaveTextContent('Berlin');
    expect(screen.getByText('Notes').nextSibling).toHaveTextContent('Ask about remote');
  });

  it('given only a location, then shows only that', () => {
    render(<JobDetails application={application({ location: 'Remote' })} />);
    expect(screen.getByRole('heading', { name: 'About the job' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByText('Notes')).toBeNull();
  });

  it('given none of them, then shows nothing', () => {
    const { container } = render(<JobDetails application={application()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
