import { createBrowserRouter } from 'react-router';
import { AppLayout, HomeRedirect, RequireRole } from './routes/app-layout';
import { NotFound } from './routes/not-found';
import { SignInRoute } from './routes/sign-in';

/**
 * Client routes under /app/ (the API serves index.html for each). Pages load lazily, so the booth
 * route's first load carries no dashboard code (charts live in the outcomes feature only).
 */
export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInRoute /> },
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'booth', lazy: () => import('./routes/booth') },
        { path: 'records/consultations', lazy: () => import('./routes/consultations') },
        { path: 'records/contracts', lazy: () => import('./routes/contracts') },
        {
          element: <RequireRole least="manager" />,
          children: [
            { path: 'fairs', lazy: () => import('./routes/fairs') },
            { path: 'fairs/:fairId', lazy: () => import('./routes/fair') },
            { path: 'imports', lazy: () => import('./routes/imports') },
          ],
        },
        {
          element: <RequireRole least="admin" />,
          children: [
            { path: 'admin/users', lazy: () => import('./routes/users') },
            { path: 'admin/keys', lazy: () => import('./routes/keys') },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/app' },
);
