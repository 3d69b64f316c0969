import { Outlet, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RequireProfile } from './layout/require-profile';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { paths } from './paths';
import { WelcomePage } from './profile/welcome-page';

const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: paths.welcome, element: <WelcomePage /> },
      {
        element: (
          <RequireProfile>
            <Outlet />
          </RequireProfile>
        ),
        children: [
          { path: paths.home, element: <HomePage /> },
          // The rehearsal area loads on demand: the library, the analyser and the stage stay
          // out of the first page's JavaScript.
          {
            path: paths.rehearsal,
            lazy: () =>
              import('@/features/rehearsal/catalogue/catalogue-page').then((module) => ({
                Component: module.CataloguePage,
              })),
          },
          {
            path: paths.rehearsalSetup,
            lazy: () =>
              import('@/features/rehearsal/setup/setup-page').then((module) => ({
                Component: module.SetupPage,
              })),
          },
          {
            path: paths.rehearsalStage,
            lazy: () =>
              import('@/features/rehearsal/stage/stage-page').then((module) => ({
                Component: module.StagePage,
              })),
          },
          {
            path: paths.rehearsalHistory,
            lazy: () =>
              import('@/features/rehearsal/history/history-page').then((module) => ({
                Component: module.HistoryPage,
              })),
          },
          {
            path: paths.rehearsalPath,
            lazy: () =>
              import('@/features/rehearsal/path/path-page').then((module) => ({
                Component: module.PathPage,
              })),
          },
          // Atelier loads on demand too: React Flow, dagre and the studio stay out of Répéter.
          {
            path: paths.authoring,
            lazy: () =>
              import('@/features/authoring/shelf/shelf-page').then((module) => ({
                Component: module.ShelfPage,
              })),
          },
          {
            path: paths.authoringEditor,
            lazy: () =>
              import('@/features/authoring/editor/editor-page').then((module) => ({
                Component: module.EditorPage,
              })),
          },
          {
            path: paths.authoringDocument,
            lazy: () =>
              import('@/features/authoring/cast/document-page').then((module) => ({
                Component: module.DocumentPage,
              })),
          },
          {
            // Revue (team leads) is one lazy chunk with its own sub-routes and strings.
            path: `${paths.review}/*`,
            lazy: () =>
              import('@/features/review/review-area').then((module) => ({
                Component: module.ReviewArea,
              })),
          },
          // Settings on demand too: its backup restore checks files with the zod schemas, which
          // every page would otherwise build at launch (≈ 35 ms of main thread per load at 1×).
          {
            path: paths.settings,
            lazy: () =>
              import('./settings/settings-page').then((module) => ({
                Component: module.SettingsPage,
              })),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The route table, shared by the browser's router and the tests' memory router; route-tree.tsx
 * draws it (its `lazy` pages, and an error boundary on every route).
 */
export const appRoutes: RouteObject[] = routes;
