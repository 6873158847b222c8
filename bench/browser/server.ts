/** Serves the generated pages and mark.js on 127.0.0.1, on a free port chosen by the OS. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

export function serve(routes: Record<string, string | Buffer>): Promise<Served> {
  const server: Server = createServer((request, response) => {
    const route = new URL(request.url ?? '/', 'http://x').pathname;
    const body = routes[route];
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = route.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : route.endsWith('.js')
        ? 'text/javascript'
        : 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
