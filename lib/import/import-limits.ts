// How large an import may be: checked in the form before the upload, again by the action, and Next's body limit
// for server actions (next.config.ts) sits above it so that the action, not the framework, says it in words.
export const maxImportBytes = 2 * 1024 * 1024;
export const importTooLarge = "The file is larger than 2 MB: split it into smaller files and import each.";
