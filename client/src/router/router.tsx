import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { matchRoute, type Route } from './routes.js';
import { readState, writeState, type Schema, type StateOf } from './url-state.js';

/**
 * A small history router: the location lives in React state, `navigate` pushes (or replaces) an
 * entry, and `popstate` brings back and forward along. Links are real `<a href>` so they open in
 * new tabs and work without JavaScript's help for middle clicks.
 */
type Location = { pathname: string; search: string; hash: string };

type RouterValue = {
  location: Location;
  route: Route;
  navigate(to: string, options?: { replace?: boolean }): void;
};

const RouterContext = createContext<RouterValue | null>(null);

const current = (): Location => ({ pathname: window.location.pathname, search: window.location.search, hash: window.location.hash });

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<Location>(current);
  useEffect(() => {
    const onPop = () => setLocation(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    const url = new URL(to, window.location.href);
    const changesPage = url.pathname !== window.location.pathname;
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setLocation(current());
    // A new page starts at the top unless it asks for an anchor (the view scrolls to it).
    if (changesPage && !url.hash) window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ location, route: matchRoute(location.pathname), navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}

/** A view's query-string state, normalised by its schema, and a setter that merges and writes the URL. */
export function useUrlState<S extends Schema>(
  schema: S,
): [StateOf<S>, (patch: Partial<StateOf<S>>, options?: { replace?: boolean }) => void] {
  const { location, navigate } = useRouter();
  const state = useMemo(() => readState(schema, location.search), [schema, location.search]);
  const setState = useCallback(
    (patch: Partial<StateOf<S>>, options?: { replace?: boolean }) => {
      const next = { ...readState(schema, window.location.search), ...patch } as StateOf<S>;
      navigate(`${window.location.pathname}${writeState(schema, next)}`, options);
    },
    [schema, navigate],
  );
  return [state, setState];
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; children: ReactNode };

export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new tabs, downloads and foreign links.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target || rest.download !== undefined || to.startsWith('/api/')) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
