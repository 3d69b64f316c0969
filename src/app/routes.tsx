import { Outlet, type RouteObject } from 'react-router';
import { AuthoringHomePage } from '@/features/authoring/authoring-home-page';
import { RehearsalHomePage } from '@/features/rehearsal/rehearsal-home-page';
import { ReviewHomePage } from '@/features/review/review-home-page';
import { AppLayout } from './layout/app-layout';
import { RequireProfile } from './layout/require-profile';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { paths } from './paths';
import { WelcomePage } from './profile/welcome-page';
import { SettingsPage } from './settings/settings-page';

/** The route tree, shared by the browser router and the tests' memory router. */
export const appRoutes: RouteObject[] = [
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
          { path: paths.rehearsal, element: <RehearsalHomePage /> },
          { path: paths.authoring, element: <AuthoringHomePage /> },
          { path: paths.review, element: <ReviewHomePage /> },
          { path: paths.settings, element: <SettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
