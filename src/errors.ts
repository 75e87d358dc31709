/**
 * The base class of every error this SDK throws. Catch it to handle any
 * Ultravox failure; narrow with the subclasses for specific cases.
 */
export class UltravoxError extends Error {
  override name = "UltravoxError";
}
