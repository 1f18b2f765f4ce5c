import { environment } from '../../config/environment';

/** Where the Temporal Web UI server listens (loopback, or the internal network); unset: this API serves no UI. */
export function temporalUiConfig() {
  const upstream = environment().TEMPORAL_UI_UPSTREAM;
  return { upstream: upstream ? new URL(upstream) : undefined };
}
