import { createBrowserRouter } from 'react-router';
import { loadDashboardStrings } from '@/lib/i18n';
import { AppLayout, HomeRedirect, RequireRole } from './routes/app-layout';
import { NotFound } from './routes/not-found';
import { SignInRoute } from './routes/sign-in';

/** A managers' page (or records, imports, admin): its chunk and the `dashboard` strings load together. */
const withDashboardStrings = <T,>(page: Promise<T>): Promise<T> => Promise.all([page, loadDashboardStrings()]).then(([module]) => module);

/**
 * Client routes under /app/ (the API serves index.html for each). Pages load lazily, so the booth
 * route's first load carries no dashboard code (charts live in the outcomes feature only) and none of
 * the dashboard's strings (their own i18n namespace, loaded with each other page).
 */
export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInRoute /> },
    // Reached from mailed links, signed out: outside the signed-in layout.
    { path: '/invitation', lazy: () => import('./routes/invitation') },
    { path: '/reset-password', lazy: () => import('./routes/reset-password') },
    // A company's follow-up questionnaire, from its emailed link: outside the signed-in app.
    { path: '/follow-up/:questionnaireId', lazy: () => import('./routes/follow-up') },
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'booth', lazy: () => import('./routes/booth') },
        { path: 'records/consultations', lazy: () => withDashboardStrings(import('./routes/consultations')) },
        { path: 'records/contracts', lazy: () => withDashboardStrings(import('./routes/contracts')) },
        {
          element: <RequireRole least="manager" />,
          children: [
            { path: 'fairs', lazy: () => withDashboardStrings(import('./routes/fairs')) },
            { path: 'fairs/:fairId', lazy: () => withDashboardStrings(import('./routes/fair')) },
            { path: 'imports', lazy: () => withDashboardStrings(import('./routes/imports')) },
          ],
        },
        {
          element: <RequireRole least="admin" />,
          children: [
            { path: 'admin/users', lazy: () => withDashboardStrings(import('./routes/users')) },
            { path: 'admin/keys', lazy: () => withDashboardStrings(import('./routes/keys')) },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/app' },
);
