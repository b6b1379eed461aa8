import type { ReadModelDb } from '../projection';
import { prepareReadModelSchema } from '../read-model-schema';
import { pivotalProjections } from '../read-models';
import { accountQueries } from './accounts.queries';
import { analyticsQueries } from './analytics.queries';
import { applicationDetailsQueries } from './application-details.queries';
import { applicationQueries } from './applications.queries';
import { candidateQueries } from './candidates.queries';
import { erasureQueries } from './erasures.queries';
import { feedbackQueueQueries } from './feedback-queue.queries';
import { goalQueries } from './goals.queries';
import { responseTargetQueries } from './response-target.queries';
import { trackerQueries } from './tracker.queries';

/**
 * Every question the api asks of the read models, as prepared statements over the views (so a
 * projection's version swap is picked up without preparing again). Creates the schema if needed.
 */
export const createReadModelQueries = (db: ReadModelDb) => {
  prepareReadModelSchema(db, pivotalProjections);
  return {
    ...accountQueries(db),
    ...candidateQueries(db),
    ...applicationQueries(db),
    ...feedbackQueueQueries(db),
    ...goalQueries(db),
    ...analyticsQueries(db),
    ...responseTargetQueries(db),
    ...erasureQueries(db),
    ...applicationDetailsQueries(db),
    ...trackerQueries(db),
  };
};

export type ReadModelQueries = ReturnType<typeof createReadModelQueries>;
