import { ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { eventually } from './eventually';

/** A Temporal dev server this test owns, persisted to a SQLite file so it can be stopped and started again. */
export class OwnTemporalServer {
  private child?: ChildProcess;

  constructor(
    private readonly port: number,
    private readonly dbFile: string,
  ) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(this.port),
      '--headless',
      '--db-filename',
      this.dbFile,
      '--log-level',
      'error',
    ];
    this.child = spawn(process.env.TEMPORAL_CLI_PATH!, args, { stdio: 'ignore' });
    await eventually(() => this.accepts(), `Temporal on ${this.address}`, 60_000);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  private accepts(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect(this.port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
  }
}
