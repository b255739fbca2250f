import { router } from "../../trpc/init.js";
import { changePasswordRoute } from "./routes/change-password.js";
import { loginRoute } from "./routes/login.js";
import { logoutRoute } from "./routes/logout.js";
import { meRoute } from "./routes/me.js";
import { refreshRoute } from "./routes/refresh.js";
import { signupRoute } from "./routes/signup.js";

export const identityRouter = router({
  signup: signupRoute,
  login: loginRoute,
  refresh: refreshRoute,
  logout: logoutRoute,
  me: meRoute,
  changePassword: changePasswordRoute,
});
