import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import type { ExtensionDto } from './dto/extension.dto';
import type { TaskDto } from './dto/task.dto';

/**
 * A task as leadership reads it in lists: outcome fields that are codes, dates, numbers or yes/no stay; what an
 * officer wrote in their own words (notes, reasons, extension requests' grounds) does not.
 */
export function withoutFreeText(task: TaskDto): TaskDto {
  const schema = STEP_DEFINITIONS[task.stepType]?.outcome ?? {};
  const outcome = task.outcome
    ? Object.fromEntries(
        Object.entries(task.outcome).filter(([name]) => {
          const field = schema[name]?.field;
          return field !== undefined && !(field.type === 'string' && field.format === undefined);
        }),
      )
    : null;
  const extensions = task.extensions.map((e) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { reason, note, decisionNote, ...rest } = e as ExtensionDto & { note?: string };
    return rest;
  });
  return Object.assign(Object.create(Object.getPrototypeOf(task) as object) as TaskDto, task, { outcome, extensions, cancelReason: null });
}
