'use strict';

module.exports = {
  http: {
    port: Number(process.env.PORT || 3000),
    keepAliveTimeout: 75 * 1000,
  },
  db: {
    url: process.env.DATABASE_URL,
    poolSize: 10,
  },
};
