import pino from 'pino';

// Structured logs on standard output, one JSON object a line. LOG_LEVEL
// chooses how much; tests stay quiet unless they ask for it.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST === undefined ? 'info' : 'silent'),
  base: { service: 'plan-tracker' },
});
