import { registerDecorator, ValidationOptions } from 'class-validator';
import { receivedAtProblem } from '../../../domain/tip/received-at-problem';

/** A receipt instant that can start legal periods: not in the future (beyond clock skew), not over a year old. */
export function IsReceiptInstant(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isReceiptInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && receivedAtProblem(Date.parse(value), Date.now()) === null,
        defaultMessage: (args) =>
          (typeof args?.value === 'string' && receivedAtProblem(Date.parse(args.value), Date.now())) ||
          `${args?.property} is not a valid receipt instant`,
      },
    });
}
