const http = require('node:http');
const axios = require('axios');

// Prices come over fetch (undici's global dispatcher), stock over axios (http.globalAgent).
async function quote(sku) {
  const price = await fetch(`http://pricing:8080/prices/${sku}`).then((r) => r.json());
  const stock = await axios.get(`http://inventory:8080/stock/${sku}`);
  return { sku, price, stock: stock.data };
}

const server = http.createServer(async (req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(await quote(req.url.slice(1))));
});
server.keepAliveTimeout = 61_000;
server.listen(8080);
