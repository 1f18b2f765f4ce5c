/** Thrown out of runTask when its task was cancelled: the process stops there and closes as cancelled. */
export class TaskCancelled extends Error {
  constructor(
    readonly taskId: string,
    readonly reason: string,
  ) {
    super(`Task ${taskId} was cancelled: ${reason}`);
    this.name = 'TaskCancelled';
  }
}
