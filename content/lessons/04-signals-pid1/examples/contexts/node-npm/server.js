const http = require('node:http');

const server = http.createServer((req, res) => res.end('hello\n'));
server.listen(3000);

process.on('SIGTERM', () => {
  console.log('SIGTERM: closing the server');
  server.close(() => process.exit(0));
});
