import pino, { type Logger } from 'pino';
import type { PivotalConfig } from '../config';

/** The process logger: JSON lines on stdout; passwords, tokens and hashes are redacted wherever they appear. */
export const createLogger = (level: PivotalConfig['logLevel']): Logger =>
  pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        '*.password',
        '*.passwordHash',
        '*.token',
        'variables.*.password',
        'variables.password',
      ],
      censor: '[redacted]',
    },
  });
