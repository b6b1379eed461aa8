import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';

/** How often open sockets are checked against the erasures the read models know. */
export const ERASED_SWEEP_MS = 1_000;

/**
 * Open graphql-ws sockets by the account that signed them in. An erased person's token is refused
 * from the moment the erasure is projected; a socket they opened before that is closed on the next
 * sweep (at most {@link ERASED_SWEEP_MS} later), or at once when it next subscribes or is about to
 * receive an event. 4403 Forbidden: graphql-ws clients do not reconnect after it.
 */
export const createErasedSockets = (erasures: { isErased(accountId: string): boolean }, sweepMs = ERASED_SWEEP_MS) => {
  const accountOf = new Map<WebSocket, string>();

  const closeIfErased = (socket: WebSocket): boolean => {
    const accountId = accountOf.get(socket);
    if (accountId === undefined || !erasures.isErased(accountId)) return false;
    accountOf.delete(socket);
    socket.close(CloseCode.Forbidden, 'Forbidden: the account was erased');
    return true;
  };

  const sweep = setInterval(() => {
    for (const socket of accountOf.keys()) closeIfErased(socket);
  }, sweepMs);
  sweep.unref();

  return {
    /** The socket is signed in as `accountId`; forgotten when it closes. */
    opened(socket: WebSocket, accountId: string): void {
      accountOf.set(socket, accountId);
      socket.once('close', () => accountOf.delete(socket));
    },
    /** Closes the socket when its account has been erased; answers whether it did. */
    closeIfErased,
    stop(): void {
      clearInterval(sweep);
    },
  };
};
