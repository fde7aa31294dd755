// The file extensions Attest reads as sources, without the dot. Kept apart from the readers
// (no imports) so that the settings schema, which the VS Code client bundles too, can name them.
export const SUPPORTED_EXTENSIONS = ["txt", "md", "markdown", "html", "htm", "pdf", "docx", "odt"] as const;
