import express from 'express';
import axios from 'axios';
import { HttpsAgent } from 'agentkeepalive';

const app = express();

// Partner API sits behind an AWS ALB (60 s idle): drop our idle sockets a little earlier.
const partnerAgent = new HttpsAgent({
  maxSockets: 50,
  freeSocketTimeout: 55_000,
});

const partner = axios.create({
  baseURL: 'https://api.partner.example.com',
  httpsAgent: partnerAgent,
  timeout: 10_000,
});

app.get('/quotes/:id', async (req, res) => {
  const { data } = await partner.get(`/v2/quotes/${req.params.id}`);
  res.json(data);
});

const server = app.listen(Number(process.env.PORT ?? 8080));
server.keepAliveTimeout = 75_000;
server.headersTimeout = 76_000;
