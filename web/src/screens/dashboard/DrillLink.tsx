import { Anchor } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';

interface Props {
  href: string;
  navigate(path: string): void;
  children: ReactNode;
}

/** A plain link (open in a new tab works) that moves within the app without reloading, as the navigation does. */
export function DrillLink({ href, navigate, children }: Props) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <Anchor href={href} onClick={onClick} underline="always">
      {children}
    </Anchor>
  );
}
