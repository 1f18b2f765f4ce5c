import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  cancelLabel: string;
  onCancel(): void;
  /** The submit button's words; it submits the form it sits in. */
  submit: ReactNode;
  loading: boolean;
}

/** A dialog's or form's closing row: leave without saving, then the form's own action, at the end of the line. */
export function FormActions({ cancelLabel, onCancel, submit, loading }: Props) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={loading}>
        {submit}
      </Button>
    </Group>
  );
}
