// A reason the server (or a command) cannot start that the person running it
// can fix: printed as a plain message, without a stack trace.
export class StartupError extends Error {
  override name = 'StartupError';
}
