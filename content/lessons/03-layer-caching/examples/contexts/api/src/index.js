const express = require('express');

const app = express();
app.get('/healthz', (_request, response) => response.send('ok'));

const server = app.listen(3000, () => console.log('listening on 3000'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
