import type { Server } from 'node:http';
import { StartupError } from './startup-error';

// Resolves once the server listens; a taken port or a bad HOST becomes a
// message the person starting the server can act on.
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new StartupError(`Port ${port} on ${host} is already in use. Stop what uses it, or set PORT to another port.`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new StartupError(`HOST ${host} is not an address of this machine.`));
      else if (error.code === 'EACCES') reject(new StartupError(`Not allowed to listen on port ${port}; use a port above 1023.`));
      else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

// Stops accepting connections and lets requests in flight finish; idle
// keep-alive connections are closed at once (a browser keeps one open for
// minutes), and whatever is still open after graceMs is cut.
export function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
