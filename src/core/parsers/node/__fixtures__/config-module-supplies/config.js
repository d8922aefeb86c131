const SECOND = 1000;

module.exports = {
  server: {
    port: process.env.PORT || 8080,
    keepAliveTimeout: 65 * SECOND,
  },
};
