import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';

interface FetchResult<T> {
  data?: T[];
  error?: unknown;
  response: Response;
}

export const PAGE_SIZE = 50;

/**
 * A cursor-paged list: each page's rows, then "Xem thêm" follows `X-Next-Cursor`. `total` is the API's
 * `X-Total-Count`, which it leaves out past 1,000 matches (`undefined` then).
 */
export function usePagedList<T>(queryKey: readonly unknown[], fetchPage: (cursor: string | undefined) => Promise<FetchResult<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => {
      const result = await fetchPage(pageParam);
      const items = unwrap(result);
      const total = result.response.headers.get('X-Total-Count');
      return { items, next: result.response.headers.get('X-Next-Cursor') ?? undefined, total: total === null ? undefined : Number(total) };
    },
    getNextPageParam: (last) => last.next,
  });
  return {
    rows: query.data?.pages.flatMap((page) => page.items) ?? [],
    total: query.data?.pages[0]?.total,
    loaded: query.data !== undefined,
    isPending: query.isPending,
    isError: query.isError,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}
