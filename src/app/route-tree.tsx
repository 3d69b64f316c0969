import {
  Component,
  lazy,
  Suspense,
  useMemo,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { Outlet, useLocation, useRoutes, type RouteObject } from 'react-router';
import { LoadingPage } from './pages/loading-page';
import { RouteErrorPage } from './pages/route-error-page';

// The route table (routes.tsx) is drawn with React Router's declarative API (<BrowserRouter>,
// useRoutes), not its data router: the app uses no loader, action or fetcher, and the data
// router's code is ~19 KB gzip of the shell every page waits for (issue 19, item 5). What the
// table asks of the data router is done here: `lazy` pages, and an error boundary per route.

type LazyPage = () => Promise<{ Component?: ComponentType | null }>;

const lazyPages = new WeakMap<LazyPage, LazyExoticComponent<ComponentType>>();

/** One React.lazy component per `lazy` function, made once: React keeps what it loaded. */
function lazyPage(load: LazyPage): LazyExoticComponent<ComponentType> {
  let page = lazyPages.get(load);
  if (!page) {
    page = lazy(() =>
      load().then(({ Component: Page }) => {
        if (!Page) throw new Error('A lazy route loaded no Component.');
        return { default: Page };
      }),
    );
    lazyPages.set(load, page);
  }
  return page;
}

interface BoundaryProps {
  /** The page's address: a new one clears the error, as the data router did. */
  resetKey: string;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  override state = { error: undefined as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override render() {
    if (this.state.error !== undefined) return <RouteErrorPage error={this.state.error} />;
    return this.props.children;
  }
}

/** A page (or a chunk that fails to load) that throws shows what happened, not a blank screen. */
function RouteBoundary({ children }: { children: ReactNode }) {
  return <Boundary resetKey={useLocation().pathname}>{children}</Boundary>;
}

/** The table's routes as useRoutes draws them: lazy pages and boundaries in their elements. */
export function declarativeRoutes(list: RouteObject[]): RouteObject[] {
  return list.map((route) => {
    const Page =
      typeof route.lazy === 'function'
        ? lazyPage(route.lazy as LazyPage)
        : (route.Component ?? undefined);
    const page = route.element ?? (Page ? <Page /> : <Outlet />);
    const drawn = { path: route.path, element: <RouteBoundary>{page}</RouteBoundary> };
    return route.index
      ? { ...drawn, index: true }
      : { ...drawn, ...(route.children ? { children: declarativeRoutes(route.children) } : {}) };
  });
}

function Drawn({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/**
 * Draws a route table inside a router. The first page waits on the loading message; later
 * navigations are transitions (React Router's default), so the current page stays on screen
 * until the next one's chunk is there.
 */
export function RouteTree({ routes }: { routes: RouteObject[] }) {
  const drawn = useMemo(() => declarativeRoutes(routes), [routes]);
  return (
    <Suspense fallback={<LoadingPage />}>
      <Drawn routes={drawn} />
    </Suspense>
  );
}
