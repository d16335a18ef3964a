import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured logs; headers and fields that can carry a secret are redacted wherever they appear. */
export function createLogger(config: Config): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["stripe-signature"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.secret',
        '*.token',
        '*.apiKey',
      ],
      censor: '[redacted]',
    },
  });
}
