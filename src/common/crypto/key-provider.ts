/**
 * Where key-encryption keys (KEKs) live, in the shape a KMS offers: wrap a data key with the current KEK, unwrap one
 * with the KEK it names. The file provider (`file-key-provider.ts`) is the implementation today; a KMS client would
 * implement the same three calls without the application changing.
 */
export interface KeyProvider {
  /** The id of the KEK new values are wrapped with. */
  currentKekId(): string;
  /** The data key sealed with the current KEK, and that KEK's id. */
  wrap(dataKey: Buffer, context: string): { kekId: string; wrapped: Buffer };
  /** The data key a value was sealed with; throws when the KEK is unknown or the wrapping was tampered with. */
  unwrap(kekId: string, wrapped: Buffer, context: string): Buffer;
  /** The HMAC key of blind indexes: never a KEK, never rotated with them (an index would have to be rebuilt). */
  blindIndexKey(): Buffer;
}
