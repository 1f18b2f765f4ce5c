/** The body of every error response (documented as `ErrorBody` in OpenAPI). */
export interface ErrorBody {
  statusCode: number;
  /** Stable, for programs: one of the codes of `GET /labels` (`errorCodes`). */
  code: string;
  /** For people, in the caller's language (Accept-Language; Vietnamese by default). */
  message: string;
  /** When `message` is the code's general text in Vietnamese: the specific explanation, in English. */
  reason?: string;
  /** Validation failures: each failing field. */
  details?: { field: string; code: string; message: string }[];
}
