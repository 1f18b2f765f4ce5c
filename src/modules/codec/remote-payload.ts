/** A payload as Temporal's remote codec protocol carries it: metadata values and data in base64 (protobuf JSON). */
export interface RemotePayload {
  metadata?: Record<string, string>;
  data?: string;
}
