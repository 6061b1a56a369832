const http = require('node:http');

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ status: 'ok' }));
});
server.listen(3000, () => console.log('orders-api listening on :3000'));

// Stop taking new connections, let the open ones finish, then exit.
process.on('SIGTERM', () => {
  console.log('SIGTERM: draining');
  server.close(() => process.exit(0));
});
