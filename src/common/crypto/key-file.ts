/**
 * The key file (`DATA_KEYS_FILE`, JSON, mode 0600): every KEK ever current until retired, and which one seals new
 * values. `npm run keys:rotate` adds one and makes it current; old ones stay so values not yet re-wrapped still open.
 */
export interface KeyFile {
  current: string;
  /** KEK id → 32 random bytes, base64. */
  keks: Record<string, string>;
  /** 32 random bytes, base64; absent: derived from DATA_ENCRYPTION_KEY. */
  blindIndexKey?: string;
}
