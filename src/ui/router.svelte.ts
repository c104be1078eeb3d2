// The tiny client-side router: the URL is the state (History API), clicks on same-origin links are
// intercepted, and Back/Forward re-render. No dependency, so pages can deep-link and reload anywhere.
import { inAppDestination } from './linkInterception';
import { matchRoute, type RouteMatch } from './routes';

class Router {
  #pathname = $state(window.location.pathname);
  #search = $state(window.location.search);
  /** Increments on every in-app navigation, so the shell can move focus only after the first page. */
  #navigations = $state(0);

  readonly match: RouteMatch = $derived(matchRoute(this.#pathname));
  readonly query: URLSearchParams = $derived(new URLSearchParams(this.#search));

  get pathname(): string {
    return this.#pathname;
  }

  get navigations(): number {
    return this.#navigations;
  }

  /** Goes to an in-app URL ('/learn/aliases?x=1#part'). */
  navigate(to: string, options: { replace?: boolean } = {}): void {
    const url = new URL(to, window.location.origin);
    const target = url.pathname + url.search + url.hash;
    const current = window.location.pathname + window.location.search + window.location.hash;
    if (target !== current) {
      if (options.replace) window.history.replaceState(null, '', target);
      else window.history.pushState(null, '', target);
    }
    this.#sync();
  }

  /** Starts listening to link clicks and Back/Forward; returns the function that stops it. */
  start(): () => void {
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const destination = inAppDestination(event, anchor, window.location.origin);
      if (destination === null) return;
      const url = new URL(destination, window.location.origin);
      // A pure #hash link on the same page: let the browser scroll to it.
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      event.preventDefault();
      this.navigate(destination);
    };
    const onPopState = () => this.#sync(false);
    document.addEventListener('click', onClick);
    window.addEventListener('popstate', onPopState);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('popstate', onPopState);
    };
  }

  #sync(scrollToTop = true): void {
    this.#pathname = window.location.pathname;
    this.#search = window.location.search;
    this.#navigations += 1;
    if (scrollToTop && !window.location.hash) window.scrollTo(0, 0);
  }
}

export const router = new Router();
