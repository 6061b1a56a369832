const express = require('express');

const app = express();
app.get('/', (_req, res) => res.send('Hello from a container\n'));

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`listening on ${port}`));
