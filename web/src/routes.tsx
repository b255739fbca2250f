import type { RouteObject } from "react-router";
import { AccountPage } from "./features/account/AccountPage";
import { AdminOverviewPage } from "./features/admin/AdminOverviewPage";
import { ApiKeysPage } from "./features/admin/ApiKeysPage";
import { AdminBundlesPage } from "./features/admin/billing/AdminBundlesPage";
import { AdminPlansPage } from "./features/admin/billing/AdminPlansPage";
import { DevMailboxPage } from "./features/admin/DevMailboxPage";
import { AuthCallbackPage } from "./features/auth/AuthCallbackPage";
import { ForgotPasswordPage } from "./features/auth/ForgotPasswordPage";
import { LoginPage } from "./features/auth/LoginPage";
import { RequireAuth } from "./features/auth/RequireAuth";
import { RequirePlatformAdmin } from "./features/auth/RequirePlatformAdmin";
import { ResetPasswordPage } from "./features/auth/ResetPasswordPage";
import { SignupPage } from "./features/auth/SignupPage";
import { VerifyEmailPage } from "./features/auth/VerifyEmailPage";
import { billingRoutes } from "./features/billing/routes";
import { NotFoundPage } from "./features/errors/NotFoundPage";
import { RouteErrorPage } from "./features/errors/RouteErrorPage";
import { HomePage } from "./features/home/HomePage";
import { LandingPage } from "./features/home/LandingPage";
import { InvitePage } from "./features/invitations/InvitePage";
import { MessagesPage } from "./features/messages/MessagesPage";
import { StatusPage } from "./features/system/StatusPage";
import { TeamPage } from "./features/tenancy/TeamPage";
import { TeamSettingsPage } from "./features/tenancy/TeamSettingsPage";
import { webhookRoutes } from "./features/webhooks/routes";
import { AdminLayout } from "./layouts/AdminLayout";
import { AppLayout } from "./layouts/AppLayout";
import { PublicLayout } from "./layouts/PublicLayout";

/**
 * Three areas, each with its own layout and its own 404: public pages (the landing page at /, status,
 * sign-in and the pages
 * email links point to — the server builds links to exactly these paths), the tenant app at /app and
 * the operator console at /admin (both behind sign-in; /admin for platform admins only).
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: "app",
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: "team", element: <TeamPage /> },
          { path: "team/settings", element: <TeamSettingsPage /> },
          { path: "messages", element: <MessagesPage /> },
          ...billingRoutes,
          webhookRoutes("tenant"),
          { path: "account", element: <AccountPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
      {
        path: "admin",
        element: (
          <RequireAuth>
            <RequirePlatformAdmin>
              <AdminLayout />
            </RequirePlatformAdmin>
          </RequireAuth>
        ),
        children: [
          { index: true, element: <AdminOverviewPage /> },
          { path: "api-keys", element: <ApiKeysPage /> },
          { path: "plans", element: <AdminPlansPage /> },
          { path: "bundles", element: <AdminBundlesPage /> },
          webhookRoutes("platform"),
          { path: "mailbox", element: <DevMailboxPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
      {
        element: <PublicLayout />,
        children: [
          { index: true, element: <LandingPage /> },
          { path: "status", element: <StatusPage /> },
          { path: "login", element: <LoginPage /> },
          { path: "signup", element: <SignupPage /> },
          { path: "verify-email", element: <VerifyEmailPage /> },
          { path: "forgot-password", element: <ForgotPasswordPage /> },
          { path: "reset-password", element: <ResetPasswordPage /> },
          { path: "auth/callback", element: <AuthCallbackPage /> },
          { path: "invite", element: <InvitePage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
