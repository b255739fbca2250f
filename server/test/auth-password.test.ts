import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
const NEW_PASSWORD = "brandNewP@ss2";

describe("change password", () => {
  it("requires the current password, then signs out every other session but this one", async () => {
    const email = uniqueEmail();
    const current = await signUp(app(), { email });
    const other = await app().caller().auth.login({ email, password: PASSWORD });

    await callerWith(app(), current.accessToken).auth.changePassword({
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });

    expect((await callerWith(app(), current.accessToken).auth.me()).user.email).toBe(email);
    await expect(callerWith(app(), other.accessToken).auth.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(app().caller().auth.refresh({ refreshToken: other.refreshToken })).rejects.toThrow();
    await expect(app().caller().auth.login({ email, password: PASSWORD })).rejects.toThrow();
    expect((await app().caller().auth.login({ email, password: NEW_PASSWORD })).user.email).toBe(email);
    const audit = await app().db.auditLog.findFirst({
      where: { action: "auth.password_changed", userId: current.user.id },
    });
    expect(audit?.severity).toBe("high");
  });

  it("refuses a wrong or missing current password with 400 naming the field, and changes nothing", async () => {
    const email = uniqueEmail();
    const { accessToken } = await signUp(app(), { email });
    for (const body of [
      { currentPassword: "notMyPass1", newPassword: NEW_PASSWORD },
      { newPassword: NEW_PASSWORD },
    ]) {
      const response = await app().http("/api/v1/auth/change-password", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${accessToken}` },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect((await json(response)).details[0].field).toBe("currentPassword");
    }
    expect((await app().caller().auth.login({ email, password: PASSWORD })).user.email).toBe(email);
  });

  it("lets an account without a password (Google-only) set a first one without a current password", async () => {
    const email = uniqueEmail();
    const { accessToken, user } = await signUp(app(), { email });
    await app().db.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    await callerWith(app(), accessToken).auth.changePassword({ newPassword: NEW_PASSWORD });
    const me = await app().caller().auth.login({ email, password: NEW_PASSWORD });
    expect(me.user.authMethods).toEqual([{ provider: "password" }]);
  });

  it("applies the password policy to the new password", async () => {
    const { accessToken } = await signUp(app());
    await expect(
      callerWith(app(), accessToken).auth.changePassword({
        currentPassword: PASSWORD,
        newPassword: "lettersonly",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
