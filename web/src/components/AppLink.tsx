import { Anchor, type AnchorProps, type ElementProps } from '@mantine/core';
import type { MouseEvent } from 'react';
import { navigate } from '../session/navigate';

type Props = AnchorProps & ElementProps<'a', keyof AnchorProps | 'href'> & { href: string };

/**
 * A plain link (open in a new tab works) that moves within the app without reloading. A plain click goes through
 * `onClick` first (a row's link stops it reaching the row), then navigates.
 */
export function AppLink({ href, onClick, ...props }: Props) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <Anchor {...props} href={href} onClick={click} />;
}
