import { router } from "../../trpc/init.js";
import { changePasswordRoute } from "./routes/change-password.js";
import { checkResetTokenRoute } from "./routes/check-reset-token.js";
import { forgotPasswordRoute } from "./routes/forgot-password.js";
import { listSessionsRoute } from "./routes/list-sessions.js";
import { loginRoute } from "./routes/login.js";
import { logoutRoute } from "./routes/logout.js";
import { meRoute } from "./routes/me.js";
import { providersRoute } from "./routes/providers.js";
import { refreshRoute } from "./routes/refresh.js";
import { resendVerificationRoute } from "./routes/resend-verification.js";
import { resetPasswordRoute } from "./routes/reset-password.js";
import { revokeOtherSessionsRoute } from "./routes/revoke-other-sessions.js";
import { revokeSessionRoute } from "./routes/revoke-session.js";
import { signupRoute } from "./routes/signup.js";
import { updateProfileRoute } from "./routes/update-profile.js";
import { verifyEmailRoute } from "./routes/verify-email.js";

export const identityRouter = router({
  signup: signupRoute,
  login: loginRoute,
  refresh: refreshRoute,
  logout: logoutRoute,
  me: meRoute,
  changePassword: changePasswordRoute,
  providers: providersRoute,
  verifyEmail: verifyEmailRoute,
  resendVerification: resendVerificationRoute,
  forgotPassword: forgotPasswordRoute,
  resetPassword: resetPasswordRoute,
  checkResetToken: checkResetTokenRoute,
  updateProfile: updateProfileRoute,
  sessions: listSessionsRoute,
  revokeSession: revokeSessionRoute,
  revokeOtherSessions: revokeOtherSessionsRoute,
});
