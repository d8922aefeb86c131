// inventory service
const http = require('http');
const { handle } = require('./routes');

const server = http.createServer(handle);
server.listen(process.env.PORT || 4000);
