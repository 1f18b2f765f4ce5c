import { Anchor, type AnchorProps, type ElementProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';

type MantineAnchorProps = AnchorProps & ElementProps<'a', keyof AnchorProps>;

const MantineAnchor = forwardRef<HTMLAnchorElement, MantineAnchorProps>((props, ref) => <Anchor ref={ref} {...props} />);
MantineAnchor.displayName = 'MantineAnchor';

const RouterAnchor = createLink(MantineAnchor);

/**
 * A Mantine link to a typed route (`to`, `params`, `search`): a plain link (open in a new tab works) that moves within
 * the app without reloading. A plain click goes through `onClick` first (a row's link stops it reaching the row).
 */
export const AppLink: LinkComponent<typeof MantineAnchor> = (props) => <RouterAnchor {...props} />;
