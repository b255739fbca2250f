/** The platform operator: the first account of the e2e database (root tenant owner), made by global setup. */
export const OPERATOR = {
  email: "operator@e2e.baseplate.test",
  password: "Operator-pass-1",
  displayName: "Olivia Operator",
} as const;
