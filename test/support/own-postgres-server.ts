import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const script = join(__dirname, '../../scripts/postgres-server.js');

/** A PostgreSQL server in a child process (scripts/postgres-server.js) that a test can stop and start again. */
export class OwnPostgresServer {
  private child?: ChildProcess;

  constructor(
    private readonly dataDir: string,
    readonly port: number,
    private readonly password = 'test',
  ) {}

  get adminUrl(): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.port}/postgres`;
  }

  start(): Promise<void> {
    const child = spawn(process.execPath, [script, this.dataDir, String(this.port), this.password], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let errors = '';
    child.stderr!.on('data', (d) => (errors += d));
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`PostgreSQL exited with ${code}: ${errors}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
