// Serves the front end that `vite build` wrote to dist/.
const express = require('express');

const app = express();
app.use(express.static('dist'));
app.get('/healthz', (_request, response) => response.send('ok'));

const server = app.listen(3000);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
