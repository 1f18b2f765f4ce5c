import type { ClientOptions } from '@temporalio/client';
import { BindMessagesInterceptor } from './bind-messages.client-interceptor';
import { dataConverter } from './data-converter';

/** What every client that talks to our workflows needs: sealed payloads, each bound to its use. */
export function sealedClientOptions(namespace = 'default'): Pick<ClientOptions, 'namespace' | 'dataConverter' | 'interceptors'> {
  return { namespace, dataConverter: dataConverter(), interceptors: { workflow: [new BindMessagesInterceptor(namespace)] } };
}
