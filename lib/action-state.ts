/**
 * What a form shows after its server action: a message, a notice, or errors per field. `values` carries what
 * the user submitted back to the form after a refusal, so nothing they typed is lost.
 */
export type ActionState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  notice?: string;
  values?: Record<string, string>;
};

/** A form's text fields as submitted (files left out), for `ActionState.values`. */
export function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  }
  return values;
}

/** A validation's issues as one message per field (the first), for `ActionState.fieldErrors`. */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[String(issue.path[0])] ??= issue.message;
  return fieldErrors;
}
