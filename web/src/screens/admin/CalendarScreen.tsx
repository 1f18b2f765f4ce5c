import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { LocalDateInput } from '../../components/LocalDateInput';
import { serverFieldErrors } from '../../components/server-field-errors';
import { formatDay, provinceToday } from '../../format/local-date-time';
import { ScrollRegion } from '../../components/ScrollRegion';
import { FormActions } from '../../components/FormActions';
import { calendarKeys } from './query-keys';

/** The public holidays deadlines skip: years published or missing, a year's holidays, adding one, publishing a year. */
export function CalendarScreen() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const thisYear = Number(provinceToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [date, setDate] = useState<string | null>(null);
  const [nameVi, setNameVi] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [missing, setMissing] = useState<FieldError[]>([]);
  const [publishing, setPublishing] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const years = useQuery({ queryKey: calendarKeys.years(), queryFn: async () => unwrap(await api.GET('/calendar/years')) });
  const holidays = useQuery({ queryKey: calendarKeys.holidays(), queryFn: async () => unwrap(await api.GET('/calendar/holidays')) });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: calendarKeys.all });
  const save = useMutation({
    mutationFn: async (body: { date: string; nameVi: string; nameEn: string }) => unwrap(await api.PUT('/calendar/holidays', { body })),
    onSuccess: (saved) => {
      setDone(t('admin.calendar.holidaySaved', { date: formatDay(saved.date) }));
      setDate(null);
      setNameVi('');
      setNameEn('');
    },
    onSettled: invalidate,
  });
  const publish = useMutation({
    mutationFn: async ({ year: published, note: why }: { year: number; note: string }) =>
      unwrap(await api.PUT('/calendar/years/{year}', { params: { path: { year: published } }, body: { note: why } })),
    onSuccess: (_, { year: published }) => {
      setPublishing(null);
      setNote('');
      setDone(t('admin.calendar.yearPublished', { year: published }));
    },
    onSettled: invalidate,
  });
  const all = holidays.data ?? [];
  const published = years.data?.publishedYears ?? [];
  const shownYears = [...new Set([...published, ...(years.data?.missingYears ?? []), ...all.map((h) => Number(h.date.slice(0, 4))), thisYear])].sort(
    (a, b) => a - b,
  );
  const ofYear = all.filter((h) => h.date.startsWith(`${year}-`));
  const errors = missing.length ? missing : save.error instanceof ApiError ? serverFieldErrors(save.error.body) : [];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const publishErrors = publish.error instanceof ApiError ? serverFieldErrors(publish.error.body) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: FieldError[] = [];
    if (!date) required.push({ field: 'date', message: `${t('admin.calendar.date')}: ${t('validation.required')}` });
    if (nameVi.trim().length < 2) required.push({ field: 'nameVi', message: `${t('admin.calendar.nameVi')}: ${t('validation.required')}` });
    if (nameEn.trim().length < 2) required.push({ field: 'nameEn', message: `${t('admin.calendar.nameEn')}: ${t('validation.required')}` });
    setMissing(required);
    if (required.length === 0 && date) save.mutate({ date, nameVi: nameVi.trim(), nameEn: nameEn.trim() });
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.calendar.title')}
      </Title>
      {done && (
        <Alert color="green.9" variant="outline" role="status">
          {done}
        </Alert>
      )}
      {years.data && <Text data-testid="calendar-affected">{t('admin.calendar.affected', { count: years.data.tasksWithIncompleteCalendar })}</Text>}
      <ScrollRegion minWidth={480} label={t('admin.calendar.yearsCaption')}>
        <Table striped data-testid="calendar-years" aria-busy={years.isPending}>
          <Table.Caption>{t('admin.calendar.yearsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.calendar.year')}</Table.Th>
              <Table.Th scope="col">{t('admin.calendar.status')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('admin.calendar.holidayCount')}
              </Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shownYears.map((y) => (
              <Table.Tr key={y} data-year={y}>
                <Table.Th scope="row">{y}</Table.Th>
                <Table.Td>
                  <Text size="sm" fw={published.includes(y) ? 400 : 700}>
                    {published.includes(y) ? t('admin.calendar.published') : t('admin.calendar.missing')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{all.filter((h) => h.date.startsWith(`${y}-`)).length}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant={y === year ? 'filled' : 'default'} aria-pressed={y === year} onClick={() => setYear(y)}>
                      {t('admin.calendar.holidays', { year: y })}
                    </Button>
                    {!published.includes(y) && (
                      <Button size="xs" variant="default" onClick={() => setPublishing(y)}>
                        {t('admin.calendar.publishYear', { year: y })}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Title order={2} size="h3">
        {t('admin.calendar.holidays', { year })}
      </Title>
      <ScrollRegion minWidth={480} label={t('admin.calendar.holidaysCaption', { year })}>
        <Table striped data-testid="calendar-holidays">
          <Table.Caption>{t('admin.calendar.holidaysCaption', { year })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.calendar.date')}</Table.Th>
              <Table.Th scope="col">{t('admin.calendar.name')}</Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ofYear.map((holiday) => (
              <Table.Tr key={holiday.date} data-date={holiday.date}>
                <Table.Th scope="row">{formatDay(holiday.date)}</Table.Th>
                <Table.Td>{i18n.language === 'en' ? holiday.nameEn : holiday.nameVi}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      setDate(holiday.date);
                      setNameVi(holiday.nameVi);
                      setNameEn(holiday.nameEn);
                      document.getElementById('holiday-nameVi')?.focus();
                    }}
                  >
                    {t('admin.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {holidays.isSuccess && ofYear.length === 0 && <Text>{t('admin.calendar.noHolidays')}</Text>}
      <Paper withBorder p="md" component="section" aria-labelledby="holiday-form-title">
        <form onSubmit={submit} noValidate autoComplete="off">
          <Stack>
            <Title order={2} size="h3" id="holiday-form-title">
              {t('admin.calendar.addTitle')}
            </Title>
            <Text size="sm">{t('admin.calendar.addHint')}</Text>
            <ErrorSummary errors={errors} idPrefix="holiday" />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <LocalDateInput
                id="holiday-date"
                label={t('admin.calendar.date')}
                required
                placeholder={t('admin.calendar.datePlaceholder')}
                value={date}
                error={errorOf('date')}
                onChange={(value) => setDate(value)}
                nextLabel={t('admin.calendar.nextMonth')}
                previousLabel={t('admin.calendar.previousMonth')}
              />
              <TextInput
                id="holiday-nameVi"
                label={t('admin.calendar.nameVi')}
                required
                value={nameVi}
                error={errorOf('nameVi')}
                onChange={(e) => setNameVi(e.currentTarget.value)}
              />
              <TextInput
                id="holiday-nameEn"
                label={t('admin.calendar.nameEn')}
                required
                value={nameEn}
                error={errorOf('nameEn')}
                onChange={(e) => setNameEn(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('admin.calendar.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Modal
        opened={publishing !== null}
        onClose={() => setPublishing(null)}
        title={publishing ? t('admin.calendar.publishTitle', { year: publishing }) : ''}
        closeButtonProps={{ 'aria-label': t('admin.close') }}
      >
        <form
          noValidate
          autoComplete="off"
          onSubmit={(event) => {
            event.preventDefault();
            if (publishing) publish.mutate({ year: publishing, note: note.trim() });
          }}
        >
          <Stack>
            <ErrorSummary errors={publishErrors} idPrefix="publish-year" />
            <TextInput
              id="publish-year-note"
              label={t('admin.calendar.publishNote')}
              required
              value={note}
              error={publishErrors.find((e) => e.field === 'note')?.message}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <FormActions
              cancelLabel={t('admin.cancel')}
              onCancel={() => setPublishing(null)}
              submit={publishing ? t('admin.calendar.publishYear', { year: publishing }) : ''}
              loading={publish.isPending}
            />
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
