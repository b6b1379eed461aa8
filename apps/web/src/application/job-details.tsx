import type { ApplicationDetailFields, ResultOf } from '@pivotal/client';

type Application = ResultOf<typeof ApplicationDetailFields>;

/** The job ad, the location and the candidate's notes, when any was given; nothing otherwise. */
export const JobDetails = ({ application }: { application: Application }) => {
  const { jobUrl, location, notes } = application;
  if (!jobUrl && !location && !notes) return null;
  return (
    <section aria-labelledby="job-details-title" className="panel">
      <h2 id="job-details-title">About the job</h2>
      <dl className="job-details">
        {jobUrl ? (
          <>
            <dt>Job ad</dt>
            <dd>
              <a href={jobUrl} target="_blank" rel="noopener noreferrer">
                {jobUrl}
              </a>
            </dd>
          </>
        ) : null}
        {location ? (
          <>
            <dt>Location</dt>
            <dd>{location}</dd>
          </>
        ) : null}
        {notes ? (
          <>
            <dt>Notes</dt>
            <dd className="notes">{notes}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
};
