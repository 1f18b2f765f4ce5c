type FieldOf<O> = Extract<keyof O, string>;

/**
 * SQL over the `outcome` column in the terms of a step's outcome type (src/domain/<process>/*-outcomes.ts): a field
 * renamed or a value dropped there fails the build here, instead of silently turning a figure into 0. Values are
 * the domain's own constants, never user input, so they are written into the statement.
 */
export function outcomeOf<O>(alias?: string) {
  const column = alias ? `${alias}.outcome` : 'outcome';
  const field = (key: FieldOf<O>): string => `${column}->>'${key}'`;
  return {
    field,
    /** The field holds one of these values. */
    is: <K extends FieldOf<O>>(key: K, ...values: Array<Extract<O[K], string>>): string =>
      values.length === 1 ? `${field(key)} = '${values[0]}'` : `${field(key)} IN (${values.map((v) => `'${v}'`).join(', ')})`,
    /** The field as an integer (a count the schema requires). */
    int: (key: { [K in FieldOf<O>]: O[K] extends number ? K : never }[FieldOf<O>]): string => `(${field(key)})::int`,
  };
}
