import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../activities/create-activities';
import { temporalConfig } from '../config/temporal.config';
import { CalendarService } from '../modules/calendar/calendar.service';
import { CasesService } from '../modules/cases/cases.service';
import { CatalogueService } from '../modules/catalogue/catalogue.service';
import { EscalationsService } from '../modules/escalations/escalations.service';
import { NotificationsService } from '../modules/notifications/notifications.service';
import { TasksService } from '../modules/tasks/tasks.service';
import { TipsService } from '../modules/tips/tips.service';
import { dataConverter } from './data-converter';
import { workflowSource } from './workflow-source';

/** Runs the Temporal worker inside the worker process's Nest context; activities get the same services as the API. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private running?: Promise<void>;
  private connection?: NativeConnection;

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly calendar: CalendarService,
    private readonly tasks: TasksService,
    private readonly escalations: EscalationsService,
    private readonly notifications: NotificationsService,
    private readonly tips: TipsService,
    private readonly cases: CasesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { address, namespace, taskQueue } = temporalConfig();
    this.connection = await NativeConnection.connect({ address });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      ...workflowSource(),
      dataConverter: dataConverter(),
      activities: createActivities({
        catalogue: this.catalogue,
        calendar: this.calendar,
        tasks: this.tasks,
        escalations: this.escalations,
        notifications: this.notifications,
        tips: this.tips,
        cases: this.cases,
      }),
    });
    this.running = this.worker.run();
    this.running.catch((error) => this.logger.error(`Worker stopped: ${error}`));
    this.logger.log(`Worker polling task queue ${taskQueue} on ${address} (${namespace})`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
