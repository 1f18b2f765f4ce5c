interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  stack?: unknown;
  constructor?: { name?: string };
}

/** The class of an error, also for error objects from another realm or library that are not `instanceof Error`. */
export function errorName(error: unknown): string {
  if (!error || typeof error !== 'object') return typeof error;
  const e = error as ErrorLike;
  return typeof e.name === 'string' && e.name ? e.name : (e.constructor?.name ?? 'Error');
}

/**
 * What may be logged about an error: its class, PostgreSQL or system code, and the first frames of the stack —
 * never the message of a database error, which quotes SQL parameters (outcomes, reasons, names).
 */
export function safeErrorSummary(error: unknown): string {
  if (!error || typeof error !== 'object') return typeof error;
  const e = error as ErrorLike;
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? ` [${e.code}]` : '';
  const carriesData = 'query' in e || 'parameters' in e || 'driverError' in e;
  const frames = (typeof e.stack === 'string' ? e.stack : '')
    .split('\n')
    .filter((l) => l.trim().startsWith('at '))
    .slice(0, 5)
    .join('\n');
  const text = typeof e.message === 'string' ? e.message.slice(0, 300) : '';
  const message = carriesData ? '(message withheld: it may quote stored values)' : text;
  return `${errorName(error)}${code}: ${message}${frames ? `\n${frames}` : ''}`;
}
