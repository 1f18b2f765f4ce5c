import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Free text for the list's `q`: kept in the page only, never in the URL (it may hold a name or a place). */
export function SearchBox({ id, label, onSearch }: { id: string; label: string; onSearch(q: string | undefined): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim() || undefined);
  };
  return (
    <form onSubmit={submit} role="search">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          id={id}
          type="search"
          label={label}
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Button type="submit" variant="default">
          {t('lists.search')}
        </Button>
      </Group>
    </form>
  );
}
