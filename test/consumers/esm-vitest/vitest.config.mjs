// Vitest's defaults. The file only stops Vitest from using the repository's configuration,
// which it would find above this folder.
export default {};
