import { Checkbox, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { serverFieldErrors } from '../../components/server-field-errors';
import { withNamedField } from './admin-errors';
import { type Agency, useAgencies } from '../../session/use-agencies';
import { useLabelOptions } from '../lists/use-options';
import { FormActions } from '../../components/FormActions';
import { sessionKeys } from '../../session/query-keys';

type AgencyKind = Schemas['CreateAgencyDto']['kind'];
const FIELDS = ['code', 'nameVi', 'nameEn', 'kind', 'parentCode'] as const;

/** Add an agency, or rename / re-parent one (its code never changes: tasks and users refer to it). */
export function AgencyFormModal({ agency, onClose, onSaved }: { agency: Agency | null; onClose(): void; onSaved(code: string): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { agencies, nameOf } = useAgencies(0);
  const labelOptions = useLabelOptions();
  const [code, setCode] = useState('');
  const [nameVi, setNameVi] = useState(agency?.nameVi ?? '');
  const [nameEn, setNameEn] = useState(agency?.nameEn ?? '');
  const [kind, setKind] = useState<string | null>(agency?.kind ?? null);
  const [parentCode, setParentCode] = useState<string | null>(agency?.parentCode ?? null);
  const [borderArea, setBorderArea] = useState(agency?.borderArea ?? false);
  const [external, setExternal] = useState(false);
  const [missing, setMissing] = useState<FieldError[]>([]);
  const save = useMutation({
    mutationFn: async () => {
      const body = { nameVi: nameVi.trim(), nameEn: nameEn.trim(), kind: (kind ?? 'POLICE') as AgencyKind, parentCode, borderArea };
      if (agency) return unwrap(await api.PATCH('/agencies/{code}', { params: { path: { code: agency.code } }, body }));
      return unwrap(await api.POST('/agencies', { body: { ...body, code: code.trim(), external } }));
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: sessionKeys.agencies });
      onSaved(saved.code);
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
    const need = (field: string, value: string | null, name: string) =>
      !value?.trim() && required.push({ field, message: `${name}: ${t('validation.required')}` });
    if (!agency) need('code', code, t('admin.agencies.code'));
    need('nameVi', nameVi, t('admin.agencies.nameVi'));
    need('nameEn', nameEn, t('admin.agencies.nameEn'));
    need('kind', kind, t('admin.agencies.kind'));
    setMissing(required);
    if (required.length === 0) save.mutate();
  };
  const parents = (agencies.data ?? [])
    .filter((a) => a.active && !a.external && a.code !== agency?.code)
    .map((a) => ({ value: a.code, label: `${nameOf(a)} (${a.code})` }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={agency ? t('admin.agencies.editTitle', { code: agency.code }) : t('admin.agencies.createTitle')}
      closeButtonProps={{ 'aria-label': t('admin.close') }}
      size="lg"
    >
      <form onSubmit={submit} noValidate autoComplete="off">
        <Stack>
          <ErrorSummary errors={errors} idPrefix="agency" />
          {!agency && (
            <TextInput
              id="agency-code"
              label={t('admin.agencies.code')}
              description={t('admin.agencies.codeHint')}
              required
              value={code}
              error={errorOf('code')}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
            />
          )}
          <TextInput
            id="agency-nameVi"
            label={t('admin.agencies.nameVi')}
            required
            value={nameVi}
            error={errorOf('nameVi')}
            onChange={(e) => setNameVi(e.currentTarget.value)}
          />
          <TextInput
            id="agency-nameEn"
            label={t('admin.agencies.nameEn')}
            required
            value={nameEn}
            error={errorOf('nameEn')}
            onChange={(e) => setNameEn(e.currentTarget.value)}
          />
          <Select
            id="agency-kind"
            label={t('admin.agencies.kind')}
            required
            data={labelOptions('agencyKinds')}
            value={kind}
            error={errorOf('kind')}
            onChange={setKind}
          />
          <Select
            id="agency-parentCode"
            label={t('admin.agencies.parent')}
            placeholder={t('admin.agencies.noParent')}
            searchable
            clearable
            data={parents}
            value={parentCode}
            error={errorOf('parentCode')}
            onChange={setParentCode}
          />
          <Checkbox label={t('admin.agencies.borderArea')} checked={borderArea} onChange={(e) => setBorderArea(e.currentTarget.checked)} />
          {!agency && <Checkbox label={t('admin.agencies.external')} checked={external} onChange={(e) => setExternal(e.currentTarget.checked)} />}
          <FormActions
            cancelLabel={t('admin.cancel')}
            onCancel={onClose}
            submit={agency ? t('common.save') : t('admin.agencies.create')}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
