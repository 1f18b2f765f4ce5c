import { Provider } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { temporalConfig, temporalConnectionOptions } from '../config/temporal.config';
import { sealedClientOptions } from './sealed-client-options';

/** Lazy: the API starts (and reports 503s) even while the workflow engine is down, and reconnects when it returns. */
export const temporalClientProvider: Provider = {
  provide: Client,
  useFactory: () => {
    const { namespace } = temporalConfig();
    return new Client({ connection: Connection.lazy(temporalConnectionOptions()), ...sealedClientOptions(namespace) });
  },
};
