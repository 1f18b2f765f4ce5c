import { environment } from './environment';

/**
 * The worker's capacity and shutdown, set on purpose. Defaults are the SDK's own (what ran before these settings):
 * a workflow cache sized from the heap, 40 workflow tasks, 100 activities, 100 local activities at once, a 10 s sticky
 * queue timeout, and no grace on shutdown (in-flight activities are cancelled and retried by another worker).
 */
export function workerConfig() {
  const env = environment();
  return {
    maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: env.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: env.WORKER_MAX_CONCURRENT_ACTIVITIES,
    maxConcurrentLocalActivityExecutions: env.WORKER_MAX_CONCURRENT_LOCAL_ACTIVITIES,
    shutdownGraceTime: env.WORKER_SHUTDOWN_GRACE_MS,
    ...(env.WORKER_STICKY_QUEUE_TIMEOUT_MS === undefined ? {} : { stickyQueueScheduleToStartTimeout: env.WORKER_STICKY_QUEUE_TIMEOUT_MS }),
  };
}

/** A file the worker touches every few seconds while it polls, for a container healthcheck (compose); unset: none. */
export function workerHealthFile(): string | undefined {
  return environment().WORKER_HEALTH_FILE;
}
