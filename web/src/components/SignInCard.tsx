import { Center, Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/** The sign-in and lock screens' page: one card in the middle holding the form. */
export function SignInCard({ onSubmit, children }: { onSubmit(): void; children: ReactNode }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="xl" w={420} maw="100%">
        <form onSubmit={submit}>
          <Stack>{children}</Stack>
        </form>
      </Paper>
    </Center>
  );
}
