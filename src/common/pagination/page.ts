/** One page of a list: the rows, the cursor of the next page (absent on the last) and, where cheap, the total. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
  /** Absent when counting would cost more than the page itself (more rows than TOTAL_COUNT_CAP). */
  total?: number;
}
