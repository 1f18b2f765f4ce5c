/**
 * What may be logged about an error: its class, PostgreSQL or system code, and the first frames of the stack —
 * never the message of a database error, which quotes SQL parameters (outcomes, reasons, names).
 */
export function safeErrorSummary(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const carriesData = 'query' in error || 'parameters' in error || 'driverError' in error;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('at '))
    .slice(0, 5)
    .join('\n');
  const message = carriesData ? '(message withheld: it may quote stored values)' : error.message.slice(0, 300);
  return `${error.name}${code ? ` [${String(code)}]` : ''}: ${message}\n${frames}`;
}
