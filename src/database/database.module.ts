import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      // Retrying at boot would only delay the 503s; the pool reconnects by itself once PostgreSQL is back.
      useFactory: () => ({ ...dataSourceOptions(), retryAttempts: 3, retryDelay: 1000 }),
    }),
  ],
})
export class DatabaseModule {}
