/** Counts SQL statements: /metrics reports it and tests assert that a path issues none. */
export class QueryCounter {
  total = 0;
}
