import type { Request, Response } from 'express';
import { calendarFeed } from '../calendar/calendar-feed';
import { calendarTokenMatches } from '../calendar/calendar-token';
import type { ApiServices } from '../graphql/context';
import { originOf } from './request-origin';

const FEED_FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;

/**
 * `GET /calendar/<candidateId>/<token>.ics`: a candidate's interviews and follow-ups for calendar
 * apps to subscribe to. The token is the credential (calendar apps send no bearer header); a
 * token of an earlier version (reset since), of another candidate or made up answers the same 404.
 */
export const calendarRoute =
  (services: Pick<ApiServices, 'queries' | 'calendarKey' | 'now' | 'publicUrl'>) =>
  (req: Request<{ candidateId: string; file: string }>, res: Response): void => {
    const { candidateId, file } = req.params;
    const token = FEED_FILE.exec(file)?.[1];
    const version =
      token && candidateId.length <= 100 ? services.queries.calendarFeedVersion(candidateId) : null;
    if (
      !token ||
      version === null ||
      !calendarTokenMatches(services.calendarKey, candidateId, version, token)
    ) {
      res.status(404).type('text/plain').send('no such calendar\n');
      return;
    }
    const body = calendarFeed(services.queries.calendarOfCandidate(candidateId), {
      now: services.now(),
      webOrigin: originOf(req, services.publicUrl) ?? '',
    });
    res
      .status(200)
      .set('Content-Type', 'text/calendar; charset=utf-8')
      .set('Content-Disposition', 'inline; filename="pivotal.ics"')
      // Private to whoever holds the URL; calendar apps poll it.
      .set('Cache-Control', 'private, max-age=300')
      .set('Referrer-Policy', 'no-referrer')
      .send(body);
  };
