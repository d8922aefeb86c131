const express = require('express');
const app = express();

app.use(express.json());
app.get('/healthz', (req, res) => res.send('ok'));

const server = app.listen(3000, () => console.log('listening on 3000'));
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;
