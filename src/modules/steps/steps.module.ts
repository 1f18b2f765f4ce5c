import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { StepsController } from './steps.controller';
import { StepsService } from './steps.service';

@Module({ imports: [CatalogueModule], controllers: [StepsController], providers: [StepsService] })
export class StepsModule {}
