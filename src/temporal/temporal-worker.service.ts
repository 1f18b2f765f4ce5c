import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../activities/create-activities';
import { temporalConfig, temporalConnectionOptions } from '../config/temporal.config';
import { writeFileSync } from 'node:fs';
import { workerConfig, workerHealthFile } from '../config/worker.config';
import { AuditService } from '../modules/audit/audit.service';
import { CalendarService } from '../modules/calendar/calendar.service';
import { CasesService } from '../modules/cases/cases.service';
import { CatalogueService } from '../modules/catalogue/catalogue.service';
import { EscalationsService } from '../modules/escalations/escalations.service';
import { IncidentsService } from '../modules/incidents/incidents.service';
import { NotificationsService } from '../modules/notifications/notifications.service';
import { RecordsService } from '../modules/records/records.service';
import { TasksService } from '../modules/tasks/tasks.service';
import { TipsService } from '../modules/tips/tips.service';
import { dataConverter } from './data-converter';
import { securitySinks } from './security-sinks.injected';
import { workflowSource } from './workflow-source';

/** Runs the Temporal worker inside the worker process's Nest context; activities get the same services as the API. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private running?: Promise<void>;
  private connection?: NativeConnection;
  private stopping = false;
  private heartbeat?: NodeJS.Timeout;
  private reportEnd!: (error: Error | undefined) => void;
  /** Resolves when the worker stops polling: with the error if it failed, undefined after a requested shutdown. */
  readonly ended = new Promise<Error | undefined>((resolve) => (this.reportEnd = resolve));

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly calendar: CalendarService,
    private readonly tasks: TasksService,
    private readonly escalations: EscalationsService,
    private readonly notifications: NotificationsService,
    private readonly tips: TipsService,
    private readonly cases: CasesService,
    private readonly incidents: IncidentsService,
    private readonly audit: AuditService,
    private readonly records: RecordsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { namespace, taskQueue } = temporalConfig();
    const { address } = temporalConnectionOptions();
    this.connection = await this.connectPatiently();
    if (!this.connection) return;
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      ...workflowSource(),
      ...workerConfig(),
      dataConverter: dataConverter('mark'),
      sinks: securitySinks(this.audit),
      activities: createActivities({
        catalogue: this.catalogue,
        calendar: this.calendar,
        tasks: this.tasks,
        escalations: this.escalations,
        notifications: this.notifications,
        tips: this.tips,
        cases: this.cases,
        records: this.records,
        incidents: this.incidents,
      }),
    });
    this.running = this.worker.run();
    this.running.then(
      () => this.reportEnd(this.stopping ? undefined : new Error('the worker stopped polling without being asked to')),
      (error: Error) => {
        this.logger.error(`Worker stopped: ${error}`);
        this.reportEnd(this.stopping ? undefined : error);
      },
    );
    this.touchHealthFileWhileRunning();
    this.logger.log(`Worker polling task queue ${taskQueue} on ${address} (${namespace})`);
  }

  private touchHealthFileWhileRunning(): void {
    const file = workerHealthFile();
    if (!file) return;
    const touch = () => {
      if (this.worker?.getState() === 'RUNNING') writeFileSync(file, new Date().toISOString());
    };
    touch();
    this.heartbeat = setInterval(touch, 5_000);
    this.heartbeat.unref();
  }

  /** The engine may start after the worker (or be restarted): wait for it, one log line per attempt, backing off. */
  private async connectPatiently(): Promise<NativeConnection | undefined> {
    const options = temporalConnectionOptions();
    const { address } = options;
    for (let attempt = 1, delayMs = 500; !this.stopping; attempt++, delayMs = Math.min(delayMs * 2, 30_000)) {
      try {
        return await NativeConnection.connect(options);
      } catch (error) {
        this.logger.warn(`Temporal at ${address} not reachable (attempt ${attempt}, ${(error as Error).name}); retrying in ${delayMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
    return undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.heartbeat);
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
