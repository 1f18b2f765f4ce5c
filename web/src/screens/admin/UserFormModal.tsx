import { Checkbox, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { useLabels } from '../../session/use-labels';
import { serverFieldErrors } from '../../components/server-field-errors';
import { withNamedField } from './admin-errors';
import { type Role, ROLES } from './roles';
import { useAgencies } from '../../session/use-agencies';
import { FormActions } from '../../components/FormActions';
import { userKeys } from './query-keys';

type User = Schemas['UserDto'];
const FIELDS = ['username', 'displayName', 'agencyCode', 'roles'] as const;

interface Props {
  /** null: a new account; otherwise the account to edit. */
  user: User | null;
  onClose(): void;
  onCreated(created: Schemas['UserWithTemporaryPasswordDto']): void;
}

/** Create or edit an account: the agency chosen by name, the roles by the API's words for them. */
export function UserFormModal({ user, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const label = useLabels();
  const queryClient = useQueryClient();
  const { options } = useAgencies(0);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [agencyCode, setAgencyCode] = useState<string | null>(user?.agencyCode ?? null);
  const [roles, setRoles] = useState<string[]>(user?.roles ?? []);
  const [missing, setMissing] = useState<FieldError[]>([]);
  const save = useMutation({
    mutationFn: async () => {
      const body = { displayName: displayName.trim(), agencyCode: agencyCode ?? '', roles: roles as Role[] };
      if (user) return unwrap(await api.PATCH('/users/{id}', { params: { path: { id: user.id } }, body }));
      return unwrap(await api.POST('/users', { body: { ...body, username: username.trim() } }));
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      if ('temporaryPassword' in saved) onCreated(saved as Schemas['UserWithTemporaryPasswordDto']);
      onClose();
    },
  });
  const errors = missing.length
    ? missing
    : save.error instanceof ApiError
      ? withNamedField(serverFieldErrors(save.error.body), save.error.body, FIELDS)
      : [];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: FieldError[] = [];
    if (!user && !username.trim()) required.push({ field: 'username', message: `${t('admin.users.username')}: ${t('validation.required')}` });
    if (!displayName.trim()) required.push({ field: 'displayName', message: `${t('admin.users.displayName')}: ${t('validation.required')}` });
    if (!agencyCode) required.push({ field: 'agencyCode', message: `${t('admin.users.agency')}: ${t('validation.required')}` });
    if (roles.length === 0) required.push({ field: 'roles', message: t('admin.users.needRole') });
    setMissing(required);
    if (required.length === 0) save.mutate();
  };
  const choices = options((agency) => (agency.active && !agency.external) || agency.code === user?.agencyCode);
  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? t('admin.users.editTitle', { username: user.username }) : t('admin.users.createTitle')}
      closeButtonProps={{ 'aria-label': t('admin.close') }}
      size="lg"
    >
      <form onSubmit={submit} noValidate autoComplete="off">
        <Stack>
          <ErrorSummary errors={errors} idPrefix="user" />
          {!user && (
            <TextInput
              id="user-username"
              label={t('admin.users.username')}
              description={t('admin.users.usernameHint')}
              required
              value={username}
              error={errorOf('username')}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
          )}
          <TextInput
            id="user-displayName"
            label={t('admin.users.displayName')}
            required
            value={displayName}
            error={errorOf('displayName')}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
          />
          <Select
            id="user-agencyCode"
            label={t('admin.users.agency')}
            required
            searchable
            data={choices}
            value={agencyCode}
            error={errorOf('agencyCode')}
            onChange={setAgencyCode}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox.Group id="user-roles" label={t('admin.users.roles')} required value={roles} onChange={setRoles} error={errorOf('roles')}>
            <Stack gap="xs" mt="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={label('roles', role)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <FormActions
            cancelLabel={t('admin.cancel')}
            onCancel={onClose}
            submit={user ? t('common.save') : t('admin.users.create')}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
