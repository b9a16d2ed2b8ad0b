// An HTTPS server that offers HTTP/2 by ALPN (and HTTP/1.1 to clients without it), for the engine's HTTP/2 test.
// Node's own http2 module: no npm packages. Usage: node http2server.mjs CERT KEY
// Prints "listening https://localhost:PORT" once it accepts connections (a free port of 127.0.0.1).
// GET /ok.http answers {"tls":"ok","http":"<version>"}; anything else 404.
import { createSecureServer } from 'node:http2';
import { readFileSync } from 'node:fs';

const [cert, key] = process.argv.slice(2);
if (!cert || !key) {
  console.error('usage: node http2server.mjs CERT KEY');
  process.exit(2);
}
const server = createSecureServer({
  cert: readFileSync(cert),
  key: readFileSync(key),
  allowHTTP1: true,
  minVersion: 'TLSv1.2',
});
server.on('request', (request, response) => {
  if (request.method === 'GET' && request.url === '/ok.http') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ tls: 'ok', http: request.httpVersion }));
  } else {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{"message":"not found"}');
  }
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening https://localhost:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
