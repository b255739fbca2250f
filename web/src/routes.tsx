import { Navigate, type RouteObject } from "react-router";
import { AdminOverviewPage } from "./features/admin/AdminOverviewPage";
import { NotFoundPage } from "./features/errors/NotFoundPage";
import { RouteErrorPage } from "./features/errors/RouteErrorPage";
import { HomePage } from "./features/home/HomePage";
import { StatusPage } from "./features/system/StatusPage";
import { AdminLayout } from "./layouts/AdminLayout";
import { AppLayout } from "./layouts/AppLayout";
import { PublicLayout } from "./layouts/PublicLayout";

/**
 * Three areas, each with its own layout and its own 404:
 * public pages (status; login and signup later), the tenant app at /app, the operator console at /admin.
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/status" replace /> },
      {
        path: "app",
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
      {
        path: "admin",
        element: <AdminLayout />,
        children: [
          { index: true, element: <AdminOverviewPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
      {
        element: <PublicLayout />,
        children: [
          { path: "status", element: <StatusPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
