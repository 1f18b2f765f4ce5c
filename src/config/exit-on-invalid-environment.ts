import { ConfigurationError, environment } from './environment';

/**
 * First thing every process does: check all settings, and on a wrong one stop with a message naming it (exit code 78,
 * EX_CONFIG, so a supervisor can tell a configuration mistake from a crash). `needsDatabase`: the process cannot run without DATABASE_URL.
 */
export function exitOnInvalidEnvironment(processName: string, { needsDatabase = true } = {}): void {
  try {
    const env = environment();
    if (needsDatabase && !env.DATABASE_URL)
      throw new ConfigurationError('Invalid configuration:\n  DATABASE_URL: required (postgres://user:password@host:port/database)');
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${processName}: ${error.message}\n`);
    process.exit(78);
  }
}
