/** Our own clock ran out on a call to the engine, whatever the client library was still waiting for. */
export class CallTimedOut extends Error {
  constructor(timeoutMs: number) {
    super(`No answer from the workflow engine within ${timeoutMs} ms`);
    this.name = 'CallTimedOut';
  }
}
