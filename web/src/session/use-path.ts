import { useEffect, useState } from 'react';
import { navigate } from './navigate';

/** The browser's path, and navigation without reloading (two screens do not need a router library yet). */
export function usePath(): [string, (path: string) => void] {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return [path, navigate];
}
