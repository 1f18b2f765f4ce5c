import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from './format-count';
import { PAGE_SIZE } from './use-paged-list';

interface Props {
  shown: number;
  total: number | undefined;
  loaded: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onMore(): void;
}

/** How many rows match (the API's count, "> 1.000" past its cap), and "Xem thêm" while a next page exists. */
export function ListFooter({ shown, total, loaded, hasMore, loadingMore, onMore }: Props) {
  const { t, i18n } = useTranslation();
  if (!loaded) return null;
  const count = total === undefined ? t('lists.totalOver', { count: formatCount(1000, i18n.language) }) : formatCount(total, i18n.language);
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" role="status" data-testid="list-total">
        {t('lists.total', { total: count, shown: formatCount(shown, i18n.language) })}
      </Text>
      {hasMore && (
        <Button variant="default" onClick={onMore} loading={loadingMore} aria-label={t('lists.moreLabel', { count: PAGE_SIZE })}>
          {t('lists.more')}
        </Button>
      )}
    </Group>
  );
}
