import { createServer } from 'node:net';

/** Test kit: a port nobody listens on right now (bind 127.0.0.1:0, read it, release it). */
export function findFreePortForTest(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}
