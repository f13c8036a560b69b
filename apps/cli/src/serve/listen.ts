import type { Server } from "node:http";
import { usageError } from "../errors.js";

/** Starts listening; the usual failures become usage errors with a hint. */
export function listen(server: Server, port: number, host: string, fallbackHost: string): Promise<void> {
  return new Promise<void>((ok, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        fail(
          usageError(`port ${port} is in use`, `choose another with --port ${port + 1}, or --port 0 for any free port`),
        );
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND" || error.code === "EAI_AGAIN")
        fail(usageError(`cannot listen on ${host}`, `use ${fallbackHost}`));
      else if (error.code === "EACCES")
        fail(usageError(`not allowed to listen on port ${port}`, "use a port above 1023"));
      else fail(error);
    });
    server.listen(port, host, () => ok());
  });
}
