/** What a caller may do on one extension request: each value names one write of /tasks/{id}/extensions/{extensionId}. */
export enum ExtensionAction {
  /** Approve or refuse it (`POST .../decision`, `approve: true | false`). */
  DECIDE = 'DECIDE',
}
