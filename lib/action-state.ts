/** What a form shows after its server action: a message, a notice, or errors per field. */
export type ActionState = { error?: string; fieldErrors?: Record<string, string>; notice?: string };
