const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer(app);
const io = new Server(server);
server.listen(3000);
