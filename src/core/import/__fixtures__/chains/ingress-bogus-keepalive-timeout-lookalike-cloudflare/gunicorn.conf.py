bind = "0.0.0.0:3000"
worker_class = "gevent"
workers = 4
keepalive = 15
