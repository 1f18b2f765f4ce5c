/**
 * What a route that changes a tip, case, process, task or escalation records, declared beside the route with
 * `@AuditedAction`: the action its audit row carries, the kind of subject, and how to name the subject from the
 * route's parameters or, for what the request creates, from the answer. Never the request body: reasons, outcomes and
 * notes can be personal, and they are sealed in the record already.
 */
export interface WorkAction<T = any> {
  action: string;
  subjectType: string;
  subject: (params: Record<string, string>, answer: T) => string | undefined;
}
