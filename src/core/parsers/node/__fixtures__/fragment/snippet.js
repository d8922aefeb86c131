  // from our start-up code (pasted)
  srv.keepAliveTimeout = 61 * 1000
  srv.headersTimeout = 62 * 1000
  srv.maxRequestsPerSocket = 500
