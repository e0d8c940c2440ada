import { useEffect } from 'react';
import { parseExternalUrl } from '../../preload/ipc-contract';
import { useServices } from '../app-context';

/**
 * Sends clicked http(s) links to the user's browser through the host, and keeps every other link from
 * navigating the window away from the app (which would drop the document). Links within the page (#...) work.
 */
export function useExternalLinks(): void {
  const { host } = useServices().ctx;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const url = parseExternalUrl(anchor.href);
      if (url) {
        event.preventDefault();
        void host.openExternal(url);
        return;
      }
      const here = new URL(window.location.href);
      const there = new URL(anchor.href, here);
      if (there.origin !== here.origin || there.pathname !== here.pathname || there.search !== here.search) event.preventDefault();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [host]);
}
