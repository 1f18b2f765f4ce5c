/**
 * What a read route discloses, declared beside the route with `@AuditedRead`: the action its audit row carries, the
 * kind of subject, and how to name the subjects from the answer (references or ids, never the personal data itself).
 */
export interface ReadDisclosure<T = any> {
  action: string;
  subjectType: string;
  /**
   * The subjects the answer disclosed; none means nothing personal was disclosed, and no row is written. A list
   * route's answer is its page's items (PageHeadersInterceptor, nearer the handler, has already put the rest in headers).
   */
  subjects: (answer: T) => string[];
  /** A list names many subjects of one kind: its row's subject is the route; otherwise the first subject is the row's. */
  list?: boolean;
}
