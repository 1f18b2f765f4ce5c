import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/**
 * A real app process (src/main.worker.ts or src/main.api.ts run from source), on the task queue and database the
 * current test system set in process.env, so a test can read its output and kill it like an operating system would.
 */
export class AppProcess {
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<number | string>;

  constructor(
    readonly name: string,
    entry: 'src/main.worker.ts' | 'src/main.api.ts' = 'src/main.worker.ts',
    env: NodeJS.ProcessEnv = {},
  ) {
    this.child = spawn(process.execPath, ['-r', join(__dirname, 'register-typescript.js'), join(root, entry)], {
      cwd: root,
      // info: the line saying a worker polls is what tells a test it is ready.
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) stream.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves once the worker polls its task queue; rejects if the process ends first. */
  async polling(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.join('').includes('Worker polling task queue')) {
      if (!this.running) throw new Error(`${this.name} exited before polling:\n${this.output.join('')}`);
      if (Date.now() > deadline) throw new Error(`${this.name} not polling after ${timeoutMs} ms:\n${this.output.join('')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async stop(): Promise<void> {
    if (this.running) this.child.kill('SIGTERM');
    await this.exited;
  }
}
