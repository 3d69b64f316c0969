import { Outlet, type RouteObject } from 'react-router';
import { AuthoringHomePage } from '@/features/authoring/authoring-home-page';
import { AppLayout } from './layout/app-layout';
import { RequireProfile } from './layout/require-profile';
import { HomePage } from './pages/home-page';
import { LoadingPage } from './pages/loading-page';
import { NotFoundPage } from './pages/not-found-page';
import { paths } from './paths';
import { WelcomePage } from './profile/welcome-page';
import { SettingsPage } from './settings/settings-page';

/** The route tree, shared by the browser router and the tests' memory router. */
export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    hydrateFallbackElement: <LoadingPage />,
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
          { path: paths.authoring, element: <AuthoringHomePage /> },
          {
            // Revue (team leads) is one lazy chunk with its own sub-routes and strings.
            path: `${paths.review}/*`,
            lazy: () =>
              import('@/features/review/review-area').then((module) => ({
                Component: module.ReviewArea,
              })),
          },
          { path: paths.settings, element: <SettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
