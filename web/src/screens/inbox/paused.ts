/** In an internal pause (tạm dừng nội bộ); tasks paused before it was recorded apart show only a stopped clock. */
export const isPaused = (task: { suspendedAt?: string | null; internalPauseSince?: string | null }): boolean =>
  Boolean(task.suspendedAt || task.internalPauseSince);
